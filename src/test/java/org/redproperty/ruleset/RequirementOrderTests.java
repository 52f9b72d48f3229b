package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folders load in requirement order: credit-grade (first in path order) after the red-black-list it requires, so
 * that its own tests evaluate on it; a folder whose requirement is broken is broken.
 */
class RequirementOrderTests {

	@TempDir
	Path rules;

	@Test
	void runsTheFolderTestsOfCreditGradeOnTheRedBlackListLoadedBeforeIt() throws IOException {
		copyBoth();

		Map<String, LoadedRuleset> loaded = byLocation(TestRules.folders().loadAll(this.rules));

		assertThat(loaded.get("red-black-list/2024").errors()).isEmpty();
		assertThat(loaded.get("credit-grade/2024").errors()).isEmpty();
		assertThat(loaded.get("credit-grade/2024").active()).isTrue();
	}

	@Test
	void failsAFolderTestOfCreditGradeThatExpectsAnotherGrade() throws IOException {
		copyBoth();
		edit("credit-grade/2024/tests/grades.json", "\"status\": \"GRADE_D\",\n   \"totalPoints\": 69.5",
				"\"status\": \"GRADE_C\",\n   \"totalPoints\": 69.5");

		LoadedRuleset credit = byLocation(TestRules.folders().loadAll(this.rules)).get("credit-grade/2024");

		assertThat(credit.active()).isFalse();
		assertThat(credit.errors()).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("tests/grades.json");
			assertThat(error.message()).contains("R06", "GRADE_C", "GRADE_D");
		});
	}

	@Test
	void breaksAFolderWhoseRequirementIsBroken() throws IOException {
		copyBoth();
		edit("red-black-list/2024/status.drl", "agenda-group", "agenda-grup");

		Map<String, LoadedRuleset> loaded = byLocation(TestRules.folders().loadAll(this.rules));

		assertThat(loaded.get("red-black-list/2024").active()).isFalse();
		LoadedRuleset credit = loaded.get("credit-grade/2024");
		assertThat(credit.active()).isFalse();
		assertThat(credit.errors()).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("manifest.yaml");
			assertThat(error.line()).isPositive();
			assertThat(error.message()).contains("red-black-list/2024", "未启用");
		});
	}

	@Test
	void loadsTheRequirementsOfASingleFolderFirst() throws IOException {
		copyBoth();

		LoadedRuleset credit = TestRules.folders().load(this.rules, this.rules.resolve("credit-grade/2024"));

		assertThat(credit.errors()).isEmpty();
		assertThat(credit.active()).isTrue();
	}

	@Test
	void ordersRequirementsFirstAndLeavesACycleInTheOrderGiven() {
		RulesetKey a = new RulesetKey("a", 2024);
		RulesetKey b = new RulesetKey("b", 2024);
		RulesetKey c = new RulesetKey("c", 2024);
		Map<RulesetKey, List<Requirement>> declared = Map.of(a, List.of(new Requirement("c", 2024, List.of())), b,
				List.of(), c, List.of(new Requirement("b", 2024, List.of())));

		assertThat(RequirementCheck.order(List.of(a, b, c), declared)).containsExactly(b, c, a);
		assertThat(RequirementCheck.order(List.of(a, c), Map.of(a, List.of(new Requirement("c", 2024, List.of())), c,
				List.of(new Requirement("a", 2024, List.of()))))).containsExactly(c, a);
	}

	private void copyBoth() throws IOException {
		RulesetFoldersTests.copy(Path.of("rules/credit-grade/2024"), this.rules.resolve("credit-grade/2024"));
		RulesetFoldersTests.copy(Path.of("rules/red-black-list/2024"), this.rules.resolve("red-black-list/2024"));
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.rules.resolve(file);
		String content = Files.readString(path);
		assertThat(content).contains(from);
		Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(from),
				java.util.regex.Matcher.quoteReplacement(to)));
	}

	private static Map<String, LoadedRuleset> byLocation(List<LoadedRuleset> loaded) {
		Map<String, LoadedRuleset> byLocation = new java.util.HashMap<>();
		loaded.forEach((one) -> byLocation.put(one.location(), one));
		return byLocation;
	}

}
