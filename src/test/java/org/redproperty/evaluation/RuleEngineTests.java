package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetFolders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleEngineTests {

	private static final String MANIFEST = """
			scheme: test
			year: 2023
			title: 试验
			subjectTypes: [DISTRICT]
			""";

	private static final String HEADER = """
			package rules.test.y2023;
			import org.redproperty.facts.District;
			import org.redproperty.evaluation.Outcome;
			global Outcome outcome;
			declare Tick
			    n : int
			end
			""";

	private static final Subject SUBJECT = new Subject("test", 2023, SubjectType.DISTRICT, "D1",
			LocalDate.of(2023, 11, 30));

	private static final Dataset FACTS = new Dataset(List.of(new District("D1", "试验区")), null, null, null, null,
			null, null, null, null, null, null, null, null);

	@Test
	void stopsARuleThatKeepsFiringAndNamesIt() {
		Ruleset ruleset = compile("""
				rule "T-START 开始"
				    @code("T-START") @clause("试验条款")
				when
				    District()
				    not Tick()
				then
				    insert(new Tick(0));
				end

				rule "T-LOOP 永不停止"
				    @code("T-LOOP") @clause("试验条款")
				when
				    $t : Tick()
				then
				    insert(new Tick($t.getN() + 1));
				end
				""");

		assertThatExceptionOfType(RunawayRulesException.class)
			.isThrownBy(() -> new RuleEngine(1_000).evaluate(ruleset, SUBJECT, FACTS))
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo("T-LOOP 永不停止"))
			.withMessageContaining("1000")
			.withMessageContaining("T-LOOP 永不停止");
	}

	@Test
	void fillsCodeAndClauseOfEveryResultFromTheFiringRule() {
		Ruleset ruleset = compile("""
				rule "T-GATE 试验门槛"
				    @code("T-GATE") @clause("试验文件 一.1")
				when
				    $d : District()
				then
				    insert(outcome.ratioAtLeast($d.id(), 39, 50, 0.78, "试验占比", $d.id()));
				    insert(outcome.status($d.id(), "DONE", "完成"));
				end
				""");

		RuleOutcome outcome = new RuleEngine(1_000).evaluate(ruleset, SUBJECT, FACTS);

		assertThat(outcome.status().value()).isEqualTo("DONE");
		assertThat(outcome.gate("T-GATE")).satisfies((gate) -> {
			assertThat(gate.passed()).isTrue();
			assertThat(gate.actual()).isEqualByComparingTo("0.78");
			assertThat(gate.clause()).isEqualTo("试验文件 一.1");
			assertThat(gate.reason()).contains("39/50").contains("78%");
		});
		assertThat(outcome.trace()).singleElement().satisfies((entry) -> {
			assertThat(entry.code()).isEqualTo("T-GATE");
			assertThat(entry.facts()).containsExactly("D1");
		});
	}

	@Test
	void refusesToAnswerWhenTheRulesGiveNoStatus() {
		Ruleset ruleset = compile("""
				rule "T-NOTHING 什么也不做"
				    @code("T-NOTHING") @clause("试验条款")
				when
				    District()
				then
				end
				""");

		assertThatExceptionOfType(NoStatusException.class)
			.isThrownBy(() -> new RuleEngine(1_000).evaluate(ruleset, SUBJECT, FACTS));
	}

	private static Ruleset compile(String rules) {
		LoadedRuleset loaded = new RulesetFolders().build("test/2023",
				List.of(new RulesetFile("manifest.yaml", MANIFEST), new RulesetFile("test.drl", HEADER + rules)));
		assertThat(loaded.errors()).isEmpty();
		return loaded.ruleset();
	}

}
