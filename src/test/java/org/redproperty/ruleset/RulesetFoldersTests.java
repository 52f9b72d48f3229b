package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RulesetFoldersTests {

	private static final Path HONGQI = Path.of("rules/hongqi365/2023");

	@TempDir
	Path rules;

	@Test
	void compilesTheRepositoryRulesetWithEveryRuleCarryingCodeAndClause() {
		List<LoadedRuleset> loaded = org.redproperty.support.TestRules.foldersWithoutTests().loadAll(Path.of("rules"));

		LoadedRuleset hongqi = loaded.stream().filter((r) -> r.location().equals("hongqi365/2023")).findFirst().orElseThrow();
		assertThat(hongqi.errors()).isEmpty();
		assertThat(hongqi.active()).isTrue();
		assertThat(hongqi.manifest().title()).contains("红齐365");
		assertThat(hongqi.ruleset().rules()).isNotEmpty()
			.allSatisfy((rule) -> {
				assertThat(rule.code()).isNotBlank();
				assertThat(rule.clause()).startsWith("川综执字〔2023〕68号");
				assertThat(rule.name()).startsWith(rule.code() + " ");
			});
	}

	@Test
	void reportsCompileErrorWithFileAndLineAndKeepsTheOtherRulesetsActive() throws IOException {
		copy(HONGQI, this.rules.resolve("hongqi365/2023"));
		Path broken = this.rules.resolve("hongqi365/2024");
		copy(HONGQI, broken);
		Files.writeString(broken.resolve("manifest.yaml"),
				Files.readString(broken.resolve("manifest.yaml")).replace("year: 2023", "year: 2024"));
		String drl = Files.readString(broken.resolve("status.drl"));
		String pattern = "    Project( id == $pid )\n    accumulate( Nomination(";
		assertThat(drl).contains(pattern);
		Files.writeString(broken.resolve("status.drl"), drl.replace(pattern, "    Project( id == $pid \n    accumulate( Nomination("));

		List<LoadedRuleset> loaded = org.redproperty.support.TestRules.foldersWithoutTests().loadAll(this.rules);

		assertThat(loaded).extracting(LoadedRuleset::location).containsExactly("hongqi365/2023", "hongqi365/2024");
		assertThat(loaded.get(0).active()).isTrue();
		LoadedRuleset failed = loaded.get(1);
		assertThat(failed.active()).isFalse();
		assertThat(failed.errors()).isNotEmpty()
			.first()
			.satisfies((error) -> {
				assertThat(error.file()).isEqualTo("status.drl");
				assertThat(error.line()).isPositive();
			});
	}

	@Test
	void reportsAJavaErrorInAConsequenceWithoutTheCompilersStackTrace() throws IOException {
		Path folder = this.rules.resolve("hongqi365/2023");
		copy(HONGQI, folder);
		Path drl = folder.resolve("status.drl");
		String content = Files.readString(drl);
		String statement = "insert(outcome.status($pid, \"DISQUALIFIED\", \"有整改不到位或敷衍整改的安全问题，取消评先评优资格\"));";
		assertThat(content).contains(statement);
		Files.writeString(drl, content.replace(statement, statement.substring(0, statement.length() - 1)));

		LoadedRuleset loaded = org.redproperty.support.TestRules.foldersWithoutTests().loadAll(this.rules).get(0);

		assertThat(loaded.active()).isFalse();
		assertThat(loaded.errors()).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.file()).isEqualTo("status.drl");
			assertThat(error.line()).isPositive();
			assertThat(error.message().lines()).hasSizeLessThanOrEqualTo(5)
				.noneSatisfy((line) -> assertThat(line.strip()).startsWith("at "));
		});
	}

	@Test
	void refusesFolderWhoseOwnTestCaseFails() throws IOException {
		Path folder = this.rules.resolve("hongqi365/2023");
		copy(HONGQI, folder);
		// The folder tests pin minRecords at 50, so a new value in the manifest passes them; a rule whose logic
		// changes (one more record required than the parameter says) does not.
		Path activities = folder.resolve("activities.drl");
		String gate = "params.integer(\"minRecords\"), \"有效";
		assertThat(Files.readString(activities)).contains(gate);
		Files.writeString(activities, Files.readString(activities)
			.replace(gate, "params.integer(\"minRecords\") + 1, \"有效"));

		LoadedRuleset loaded = org.redproperty.support.TestRules.folders().loadAll(this.rules).get(0);

		assertThat(loaded.active()).isFalse();
		assertThat(loaded.errors()).anySatisfy((error) -> {
			assertThat(error.file()).isEqualTo("tests/boundaries.json");
			assertThat(error.message()).contains("P1").contains("FIVE_STAR").contains("NOT_AWARDED");
		});
	}

	@Test
	void refusesManifestWhoseYearDisagreesWithItsFolder() throws IOException {
		Path folder = this.rules.resolve("hongqi365/2025");
		copy(HONGQI, folder);

		LoadedRuleset loaded = org.redproperty.support.TestRules.foldersWithoutTests().loadAll(this.rules).get(0);

		assertThat(loaded.active()).isFalse();
		assertThat(loaded.errors()).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("hongqi365/2023").contains("hongqi365/2025"));
	}

	@Test
	void hashDependsOnEveryFileButNotOnTheirOrder() {
		RulesetFile a = new RulesetFile("a.drl", "rule a");
		RulesetFile b = new RulesetFile("b.drl", "rule b");

		assertThat(RulesetCompiler.hash(List.of(a, b))).isEqualTo(RulesetCompiler.hash(List.of(b, a)))
			.hasSize(64)
			.isNotEqualTo(RulesetCompiler.hash(List.of(a, new RulesetFile("b.drl", "rule b "))))
			.isNotEqualTo(RulesetCompiler.hash(List.of(a)));
	}

	static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
