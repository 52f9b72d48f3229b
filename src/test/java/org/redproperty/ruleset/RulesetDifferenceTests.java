package org.redproperty.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/** What differs between two contents of the hongqi365 rules: files, parameters, rule codes and what is behind a rule. */
class RulesetDifferenceTests {

	private static final List<RulesetFile> FILES = RulesetFolders.read(Path.of("rules/hongqi365/2023"));

	@Test
	void namesTheChangedParameterAndTheRulesThatReadIt() {
		Ruleset before = compile(FILES);
		Ruleset after = compile(replace("manifest.yaml", "  minRecords:\n    type: integer\n    value: 50\n",
				"  minRecords:\n    type: integer\n    value: 60\n"));

		RulesetDifference difference = RulesetDifference.between(before, after);

		assertThat(difference.files()).containsExactly("manifest.yaml");
		assertThat(difference.parameters()).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("minRecords");
			assertThat(p.before()).isEqualTo("50");
			assertThat(p.after()).isEqualTo("60");
			assertThat(p.label()).isNotBlank();
		});
		assertThat(difference.codes()).contains("HQ-ACT-MIN").doesNotContain("HQ-ACT-PTS");
		assertThat(difference.behind("HQ-ACT-MIN")).containsExactly("HQ-ACT-MIN", "manifest.yaml:minRecords");
		assertThat(difference.behind("HQ-ACT-PTS")).isEmpty();
		assertThat(difference.all()).contains("HQ-ACT-MIN", "manifest.yaml", "manifest.yaml:minRecords");
	}

	@Test
	void namesARuleWhoseTextChanged() {
		Ruleset after = compile(replace("activities.drl", "\"」（\" + $c.getDate() + \"）计 \"", "\"」（\" + $c.getDate() + \"）得 \""));

		RulesetDifference difference = RulesetDifference.between(compile(FILES), after);

		assertThat(difference.files()).containsExactly("activities.drl");
		assertThat(difference.parameters()).isEmpty();
		assertThat(difference.codes()).containsExactly("HQ-ACT-PTS");
		assertThat(difference.behind("HQ-ACT-PTS")).containsExactly("HQ-ACT-PTS");
	}

	@Test
	void findsNothingBetweenTheSameContent() {
		Ruleset same = compile(FILES);

		assertThat(RulesetDifference.between(same, same).all()).isEmpty();
	}

	private static List<RulesetFile> replace(String name, String from, String to) {
		return FILES.stream().map((file) -> {
			if (!file.name().equals(name)) {
				return file;
			}
			assertThat(file.content()).contains(from);
			return new RulesetFile(name, file.content().replace(from, to));
		}).toList();
	}

	private static Ruleset compile(List<RulesetFile> files) {
		LoadedRuleset loaded = TestRules.foldersWithoutTests().build("hongqi365/2023", files, false);
		assertThat(loaded.errors()).isEmpty();
		return loaded.ruleset();
	}

}
