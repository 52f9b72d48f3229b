package org.redproperty.ruleset;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DraftRulesetTests {

	private static final List<RulesetFile> BASE = List.of(new RulesetFile("manifest.yaml", "year: 2023"),
			new RulesetFile("a.drl", "rule a"), new RulesetFile("tests/a.json", "{}"));

	@Test
	void replacesTheFilesItGivesAndKeepsTheOthers() {
		DraftRuleset draft = new DraftRuleset(List.of(new DraftRuleset.File("manifest.yaml", "year: 2024")), null);

		assertThat(draft.overlay(BASE)).containsExactly(new RulesetFile("a.drl", "rule a"),
				new RulesetFile("manifest.yaml", "year: 2024"), new RulesetFile("tests/a.json", "{}"));
	}

	@Test
	void removesAFileMarkedDeleteAndAddsANewOne() {
		DraftRuleset draft = new DraftRuleset(List.of(new DraftRuleset.File("tests/a.json", null, true),
				new DraftRuleset.File("b.drl", "rule b")), null);

		assertThat(draft.overlay(BASE)).extracting(RulesetFile::name)
			.containsExactly("a.drl", "b.drl", "manifest.yaml");
		assertThat(draft.rulesetFiles()).extracting(RulesetFile::name).containsExactly("b.drl");
	}

	@Test
	void needsContentUnlessItDeletes() {
		assertThat(new DraftRuleset.File("a.drl", null).isContentGiven()).isFalse();
		assertThat(new DraftRuleset.File("a.drl", null, true).isContentGiven()).isTrue();
		assertThat(new DraftRuleset.File("a.drl", "").isContentGiven()).isTrue();
	}

}
