package org.redproperty;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the feature packages, checked on the main classes (not the tests): features do not depend on
 * each other in a circle, only the web layer knows the web layer, {@code common} stands on its own, and nothing
 * depends on the benchmarks.
 */
class ModuleStructureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.redproperty");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.redproperty.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void onlyTheWebPackageDependsOnTheWebPackage() {
		noClasses().that()
			.resideOutsideOfPackage("org.redproperty.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.redproperty.web..")
			.check(MAIN);
	}

	@Test
	void commonDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.redproperty.common..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.redproperty..").and(not(resideInAPackage("org.redproperty.common.."))))
			.check(MAIN);
	}

	@Test
	void noMainClassDependsOnTheBenchmarks() {
		noClasses().that()
			.resideOutsideOfPackage("org.redproperty.bench..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.redproperty.bench..")
			.check(MAIN);
	}

}
