package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.PathFinder;
import org.redproperty.evaluation.PathPlan;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.RulesFolder;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path to FIVE_STAR on hongqi365/2023 through the one evaluator: records lacking only what the manifest's
 * remedies can fix are fixed before new records are made, a disqualifier blocks, a closed window blocks new
 * records; every answer is checked by evaluating the changed facts.
 */
class PathRulesTests {

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	private static final PathFinder PATHS = new PathFinder(TestRules.EVALUATOR);

	private static final Ruleset RULESET = RulesFolder.load("hongqi365", 2023).ruleset();

	/** P1 with 47 valid records and four that lack only a resident signature. */
	private static Hongqi365Facts shortByThree() {
		Hongqi365Facts facts = Hongqi365Facts.world().fiveStarProject("P1", "C1").validActivities("P1", 47);
		for (int i = 1; i <= 4; i++) {
			facts.activity("A-P1-NOSIGN-" + i, "P1", LocalDate.of(2023, 10, i), "物业服务中心", "未签字活动" + i, 2, 0);
		}
		return facts;
	}

	@Test
	void aProjectShortByThreeWithFourFixableRecordsFixesThreeAndNeedsNoNewRecord() {
		PathPlan plan = plan(shortByThree().build(), AS_OF);

		assertThat(plan.status()).isEqualTo("NOT_AWARDED");
		assertThat(plan.target()).isEqualTo("FIVE_STAR");
		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.verifiedStatus()).isEqualTo("FIVE_STAR");
		assertThat(plan.blockers()).isEmpty();
		assertThat(plan.daysLeft()).isZero();
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.gate()).isEqualTo("HQ-ACT-MIN");
			assertThat(step.gap()).isEqualByComparingTo("3");
			assertThat(step.fixable()).isTrue();
			assertThat(step.records()).hasSize(3).allMatch((id) -> id.startsWith("A-P1-NOSIGN-"));
			assertThat(step.added()).isEmpty();
			assertThat(step.changes()).hasSize(3)
				.allSatisfy((change) -> assertThat(change.field()).isEqualTo("residentSignatures"))
				.allSatisfy((change) -> assertThat(change.after()).isEqualTo("1"));
			assertThat(step.reason()).contains("补齐居民签字").contains("无须新增记录");
		});
	}

	@Test
	void recordsWithADefectThatCannotBeFixedAreNotProposedAndNewRecordsMakeUpTheRest() {
		Hongqi365Facts facts = Hongqi365Facts.world().fiveStarProject("P1", "C1").validActivities("P1", 47)
			.activity("A-P1-NOPHOTO", "P1", LocalDate.of(2023, 10, 1), "物业服务中心", "少照片活动", 1, 1)
			.activity("A-P1-LATE", "P1", LocalDate.of(2022, 12, 1), "物业服务中心", "去年的活动", 2, 1);

		PathPlan plan = plan(facts.build(), LocalDate.of(2023, 10, 31));

		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.daysLeft()).isEqualTo(30);
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.records()).containsExactly("A-P1-NOPHOTO");
			assertThat(step.changes()).singleElement().satisfies((c) -> {
				assertThat(c.field()).isEqualTo("photoCount");
				assertThat(c.before()).isEqualTo("1");
				assertThat(c.after()).isEqualTo("2");
			});
			assertThat(step.added()).hasSize(2).allSatisfy((added) -> {
				assertThat(added.kind()).isEqualTo("activities");
				assertThat(added.record().path("date").asText()).isEqualTo("2023-10-31");
				assertThat(added.record().path("residentSignatures").asInt()).isEqualTo(1);
			});
			assertThat(step.reason()).contains("另有 1 项不计入的记录有不能补正的原因");
		});
	}

	@Test
	void afterTheWindowNewRecordsAreABlockerButFixesAreStillChecked() {
		Hongqi365Facts facts = Hongqi365Facts.world().fiveStarProject("P1", "C1").validActivities("P1", 47)
			.activity("A-P1-NOSIGN", "P1", LocalDate.of(2023, 10, 1), "物业服务中心", "未签字活动", 2, 0);

		PathPlan plan = plan(facts.build(), LocalDate.of(2023, 12, 31));

		assertThat(plan.reachable()).isFalse();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.verifiedStatus()).isEqualTo("NOT_AWARDED");
		assertThat(plan.daysLeft()).isZero();
		assertThat(plan.blockers()).singleElement().satisfies((blocker) -> {
			assertThat(blocker.gate()).isEqualTo("HQ-ACT-MIN");
			assertThat(blocker.reason()).contains("计分期已于 2023-11-30 截止").contains("还差 2 项");
		});
	}

	@Test
	void aDisqualifiedProjectIsUnreachableWithItsBlockerNamed() {
		Hongqi365Facts facts = Hongqi365Facts.world().fiveStarProject("P1", "C1")
			.safetyProblem("I1", "P1", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1), null, null);

		PathPlan plan = plan(facts.build(), AS_OF);

		assertThat(plan.status()).isEqualTo("DISQUALIFIED");
		assertThat(plan.reachable()).isFalse();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.verifiedStatus()).isEqualTo("DISQUALIFIED");
		assertThat(plan.blockers()).singleElement().satisfies((blocker) -> {
			assertThat(blocker.gate()).isEqualTo("HQ-SAFE-DQ");
			assertThat(blocker.reason()).contains("取消评先评优资格");
		});
		assertThat(plan.summary()).contains("不能评为 FIVE_STAR");
	}

	@Test
	void gatesOnTheProjectItselfAreChangedAndAMissingCommitteeAdded() {
		Hongqi365Facts facts = Hongqi365Facts.world().fiveStarProject("P1", "C1").withoutCommittees("P1")
			.withoutNominations("P1").project("P1", "C1", "CO1", null);

		PathPlan plan = plan(facts.build(), AS_OF);

		assertThat(plan.status()).isEqualTo("NOT_NOMINATED");
		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.steps()).extracting(PathPlan.Step::gate)
			.containsExactly("HQ-NOM", "HQ-ORG-COMMITTEE", "HQ-ORG-COMMITTEE-PARTY", "HQ-ORG-PROJECT");
		assertThat(plan.steps().get(0).added()).singleElement()
			.satisfies((added) -> assertThat(added.kind()).isEqualTo("nominations"));
		assertThat(plan.steps().get(3).changes()).singleElement()
			.satisfies((c) -> assertThat(c.after()).isEqualTo("2023-11-30"));
	}

	@Test
	void aFiveStarProjectNeedsNothing() {
		PathPlan plan = plan(Hongqi365Facts.world().fiveStarProject("P1", "C1").build(), AS_OF);

		assertThat(plan.reachable()).isTrue();
		assertThat(plan.steps()).isEmpty();
		assertThat(plan.verifiedStatus()).isEqualTo("FIVE_STAR");
	}

	@Test
	void aGateWithoutADeclaredRemedyIsABlocker() {
		Hongqi365Facts facts = shortByThree().fiveStarProject("P2", "C1").validActivities("P2", 10);
		Subject street = new Subject("hongqi365", 2023, SubjectType.STREET, "S1", AS_OF);

		PathPlan plan = PATHS.plan("E1", RULESET, Scope.of(SubjectType.STREET, "S1"), street,
				facts.build(), "RED_POSITION");

		assertThat(plan.reachable()).isFalse();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.blockers()).singleElement().satisfies((blocker) -> {
			assertThat(blocker.gate()).isEqualTo("HQ-RED-POSITION-RATE");
			assertThat(blocker.reason()).contains("没有声明");
		});
	}

	private static PathPlan plan(Dataset facts, LocalDate asOf) {
		Subject subject = new Subject("hongqi365", 2023, SubjectType.PROJECT, "P1", asOf);
		return PATHS.plan("E1", RULESET, Scope.of(SubjectType.PROJECT, "P1"), subject, facts,
				"FIVE_STAR");
	}

}
