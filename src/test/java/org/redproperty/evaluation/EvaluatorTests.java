package org.redproperty.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.Community;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetFolders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one evaluator on small rulesets of its own: two steps, one outcome or one failure per subject in a fixed
 * order, the firing limit, a subject with no status or with two, and a failure in the first step that the second
 * cannot hide.
 */
class EvaluatorTests {

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	private static final Dataset FACTS = new Dataset(List.of(new District("D1", "试验区")),
			List.of(new Street("S1", "D1", "街道")), List.of(new Community("C1", "S1", "社区")), null,
			List.of(project("P2"), project("P1"), project("P3")), null, null, null, null, null, null, null, null);

	private static final String MANIFEST = """
			scheme: test
			year: 2023
			title: 试验
			subjectTypes: [PROJECT, STREET]
			phases:
			  - {name: first, label: 第一步, step: each}
			  - {name: second, label: 第二步, step: together}
			""";

	private static final String HEADER = """
			import org.redproperty.facts.Project;
			import org.redproperty.facts.SubjectType;
			import org.redproperty.evaluation.Outcome;
			import org.redproperty.evaluation.ProjectPlace;
			import org.redproperty.evaluation.Status;
			import org.redproperty.evaluation.Subject;
			global Outcome outcome;
			""";

	private static final String PROJECT_STATUS = """
			rule "T-PROJECT 项目"
			    @code("T-PROJECT") @clause("试验")
			    agenda-group "first"
			when
			    Subject( type == SubjectType.PROJECT, $pid : id )
			    Project( id == $pid )
			then
			    insert(outcome.status($pid, "DONE", "项目已评价"));
			end
			""";

	private static final String STREET_STATUS = """
			rule "T-STREET 街道的项目都已评价"
			    @code("T-STREET") @clause("试验")
			    agenda-group "second"
			when
			    Subject( type == SubjectType.STREET, $sid : id )
			    accumulate( ProjectPlace( streetId == $sid, $pid : projectId ) and Status( subjectId == $pid, value == "DONE" );
			                $n : count( $pid ) )
			then
			    outcome.status($sid, "STREET_DONE", "已评价的项目 " + $n + " 个");
			end
			""";

	private static final String RUNAWAY = PROJECT_STATUS + STREET_STATUS + """
			declare Tick
			    n : int
			end
			rule "T-LOOP 自己触发自己"
			    @code("T-LOOP") @clause("试验")
			    agenda-group "first"
			when
			    Subject( id == "P2" )
			    $t : Tick()
			then
			    insert(new Tick());
			end
			rule "T-START 开始"
			    @code("T-START") @clause("试验")
			    agenda-group "first"
			when
			    Subject( id == "P2" )
			then
			    insert(new Tick());
			end
			""";

	private final Evaluator evaluator = new Evaluator(1_000, 100);

	@Test
	void evaluatesEachProjectFirstAndTheStreetOnTheirOutcomes() {
		List<SubjectResult> results = this.evaluator.evaluate(ruleset(PROJECT_STATUS + STREET_STATUS),
				Scope.whole(SubjectType.STREET, "S1"), AS_OF, FACTS);

		assertThat(results).extracting((r) -> r.subject().id()).containsExactly("P1", "P2", "P3", "S1");
		assertThat(results).allSatisfy((r) -> assertThat(r.succeeded()).isTrue());
		assertThat(results.get(3).outcome().status().reason()).isEqualTo("已评价的项目 3 个");
		assertThat(results.get(0).outcome().trace()).extracting(TraceEntry::code).containsExactly("T-PROJECT");
	}

	@Test
	void evaluatesAStreetWithoutProjectsInAWholeDistrict() {
		Dataset facts = new Dataset(FACTS.districts(), List.of(new Street("S1", "D1", "街道"), new Street("S2", "D1", "空街道")),
				FACTS.communities(), null, FACTS.projects(), null, null, null, null, null, null, null, null);

		List<SubjectResult> results = this.evaluator.evaluate(ruleset(PROJECT_STATUS + STREET_STATUS),
				Scope.district("D1"), AS_OF, facts);

		assertThat(results).extracting((r) -> r.subject().id()).containsExactly("P1", "P2", "P3", "S1", "S2");
		assertThat(results.get(4).outcome().status().reason()).isEqualTo("已评价的项目 0 个");
	}

	@Test
	void givesEverySubjectOfTheScopeOneOutcomeOrOneFailure() {
		List<SubjectResult> results = this.evaluator.evaluate(ruleset(PROJECT_STATUS),
				Scope.whole(SubjectType.STREET, "S1"), AS_OF, FACTS);

		assertThat(results).extracting((r) -> r.subject().id()).containsExactly("P1", "P2", "P3", "S1");
		assertThat(results.get(3).failure().code()).isEqualTo("NO_STATUS");
		assertThat(results.get(3).failure().message()).contains("S1");
	}

	@Test
	void refusesASubjectGivenTwoStatusesNamingTheRules() {
		String twice = PROJECT_STATUS + PROJECT_STATUS.replace("T-PROJECT 项目", "T-PROJECT 项目再一次")
			.replace("\"DONE\"", "\"AGAIN\"");
		SubjectResult result = this.evaluator.evaluate(ruleset(twice), Scope.of(SubjectType.PROJECT, "P1"), AS_OF, FACTS)
			.get(0);

		assertThat(result.failure().code()).isEqualTo("TWO_STATUSES");
		assertThat(result.failure().message()).contains("DONE", "AGAIN", "T-PROJECT");
	}

	@Test
	void stopsARunawayRuleAndFailsTheSubjectsThatDependOnIt() {
		String runaway = RUNAWAY;
		List<SubjectResult> results = this.evaluator.evaluate(ruleset(runaway), Scope.whole(SubjectType.STREET, "S1"),
				AS_OF, FACTS);

		assertThat(results.get(0).succeeded()).isTrue();
		assertThat(results.get(1).failure().code()).isEqualTo("RUNAWAY_RULES");
		assertThat(results.get(1).failure().message()).contains("T-LOOP");
		assertThat(results.get(3).failure().code()).isEqualTo("INPUT_FAILED");
		assertThat(results.get(3).failure().message()).contains("P2");
	}

	@Test
	void haltsASessionStillFiringAtItsDeadlineNamingTheRule() {
		Evaluator patient = new Evaluator(Integer.MAX_VALUE, 1, Duration.ofMillis(200));
		long start = System.nanoTime();

		List<SubjectResult> results = patient.evaluate(ruleset(RUNAWAY), Scope.whole(SubjectType.STREET, "S1"), AS_OF,
				FACTS);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(results.get(0).succeeded()).isTrue();
		assertThat(results.get(1).failure().code()).isEqualTo("RULES_TIMEOUT");
		assertThat(results.get(1).failure().message()).contains("0.2 秒", "T-LOOP");
		assertThat(results.get(2).succeeded()).as("the next subject gets its own time").isTrue();
		assertThat(results.get(3).failure().code()).isEqualTo("INPUT_FAILED");
	}

	@Test
	void stopsAllSessionsAtTheTimeTheCallerAllows() {
		Evaluator patient = new Evaluator(Integer.MAX_VALUE, 1, Duration.ofSeconds(30));
		long start = System.nanoTime();

		SubjectResult result = patient.evaluate(ruleset(RUNAWAY), Scope.of(SubjectType.PROJECT, "P2"), AS_OF, FACTS,
				Duration.ofMillis(300)).get(0);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(result.failure().code()).isEqualTo("RULES_TIMEOUT");
		assertThat(result.failure().message()).contains("0.3 秒");
	}

	/**
	 * The last line behind the safety lint, which refuses {@code repeat}: compiled here without the lint, a rule
	 * running out of memory fails its subject, naming the rule, and the next subject is evaluated as usual.
	 */
	@Test
	void failsASubjectWhoseRuleRunsOutOfMemoryNamingTheRule() {
		String greedy = PROJECT_STATUS + """
				rule "T-GREEDY 占满内存"
				    @code("T-GREEDY") @clause("试验")
				    agenda-group "first"
				when
				    Subject( id == "P2" )
				then
				    outcome.finding("P2", "T", "x".repeat(Integer.MAX_VALUE));
				end
				""";
		org.redproperty.ruleset.Ruleset ruleset = new org.redproperty.ruleset.RulesetCompiler()
			.compile(ruleset(PROJECT_STATUS).manifest(),
					List.of(new RulesetFile("manifest.yaml", MANIFEST), new RulesetFile("rules.drl", HEADER + greedy)))
			.ruleset();

		List<SubjectResult> results = this.evaluator.evaluate(ruleset, Scope.whole(SubjectType.STREET, "S1"), AS_OF,
				FACTS);

		assertThat(results.get(1).failure().code()).isEqualTo("RULES_OUT_OF_MEMORY");
		assertThat(results.get(1).failure().message()).contains("T-GREEDY");
		assertThat(results.get(2).succeeded()).isTrue();
	}

	@Test
	void givesTheRulesNoFactDatedAfterTheEvaluationDate() {
		String count = """
				import org.redproperty.facts.Committee;
				rule "T-COUNT 业委会"
				    @code("T-COUNT") @clause("试验")
				    agenda-group "first"
				when
				    Subject( $pid : id )
				    accumulate( Committee( projectId == $pid, $id : id ); $n : count( $id ) )
				then
				    outcome.status($pid, "N" + $n, "业委会 " + $n + " 个");
				end
				""";
		Dataset facts = new Dataset(FACTS.districts(), FACTS.streets(), FACTS.communities(), null, FACTS.projects(),
				List.of(committee("K1", AS_OF), committee("K2", AS_OF.plusDays(1))), null, null, null, null, null, null,
				null);

		RuleOutcome outcome = this.evaluator.evaluateOne(ruleset(count),
				new Subject("test", 2023, SubjectType.PROJECT, "P1", AS_OF), facts);

		assertThat(outcome.status().value()).isEqualTo("N1");
	}

	@Test
	void throwsTheFailureOfASubjectEvaluatedOnItsOwn() {
		assertThatExceptionOfType(EvaluationFailedException.class)
			.isThrownBy(() -> this.evaluator.evaluateOne(ruleset(STREET_STATUS),
					new Subject("test", 2023, SubjectType.PROJECT, "P1", AS_OF), FACTS))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("NO_STATUS"));
	}

	private static org.redproperty.ruleset.Ruleset ruleset(String rules) {
		LoadedRuleset loaded = org.redproperty.support.TestRules.foldersWithoutTests().build("test/2023",
				List.of(new RulesetFile("manifest.yaml", MANIFEST), new RulesetFile("rules.drl", HEADER + rules)));
		assertThat(loaded.errors()).isEmpty();
		return loaded.ruleset();
	}

	private static Project project(String id) {
		return new Project(id, id + "小区", "C1", null, "经理", false, false, 100, null, null, null);
	}

	private static org.redproperty.facts.Committee committee(String id, LocalDate established) {
		return new org.redproperty.facts.Committee(id, "P1", org.redproperty.facts.CommitteeKind.OWNERS_COMMITTEE,
				established, 5, 1, false, false);
	}

}
