package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.PartyOrg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.project;

/** HQ-NOM, HQ-STATUS and HQ-STEWARD. */
class StatusRulesTests {

	@Nested
	class Nomination {

		@Test
		void countsANominationDatedOnTheEvaluationDate() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").withoutNominations("P1").nomination("N1", "P1", ACCEPTANCE));

			assertGate(outcome.gate("HQ-NOM"), true, "1", "1", "0");
			assertThat(outcome.gate("HQ-NOM").evidence()).containsExactly("N1");
			assertThat(outcome.gate("HQ-NOM").clause()).isEqualTo("川综执字〔2023〕68号 二.1、附件1");
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
		}

		@Test
		void isNotNominatedByANominationDatedTheDayAfter() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutNominations("P1")
				.nomination("N1", "P1", ACCEPTANCE.plusDays(1)));

			assertGate(outcome.gate("HQ-NOM"), false, "1", "0", "1");
			assertThat(outcome.status().value()).isEqualTo("NOT_NOMINATED");
			assertThat(outcome.status().code()).isEqualTo("HQ-STATUS-NOT-NOMINATED");
		}

		@Test
		void ignoresANominationForAnotherSchemeOrYear() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutNominations("P1")
				.nomination("N1", "hongqi365", 2022, "P1", LocalDate.of(2022, 8, 1))
				.nomination("N2", "gold-red-property", 2023, "P1", LocalDate.of(2023, 8, 1)));

			assertGate(outcome.gate("HQ-NOM"), false, "1", "0", "1");
			assertThat(outcome.status().value()).isEqualTo("NOT_NOMINATED");
		}

		@Test
		void stillComputesPointsAndGatesOfAProjectNotNominated() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").withoutNominations("P1"));

			assertThat(outcome.status().value()).isEqualTo("NOT_NOMINATED");
			assertThat(outcome.status().reason()).contains("仅供参考");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("100");
			assertThat(outcome.gates()).extracting("code")
				.contains("HQ-ACT-MIN", "HQ-ORG-PROJECT", "HQ-ORG-COMMITTEE", "HQ-ORG-COMMITTEE-PARTY",
						"HQ-ORG-COMPANY-PARTY", "HQ-SAFE-DQ");
			assertThat(outcome.gates()).filteredOn((gate) -> !gate.code().equals("HQ-NOM")).allMatch((g) -> g.passed());
			assertThat(outcome.awards()).isEmpty();
		}

		@Test
		void staysNotNominatedRatherThanNotAwardedWhenAGateAlsoFails() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").withoutNominations("P1").validActivities("P1", 49));

			assertThat(outcome.status().value()).isEqualTo("NOT_NOMINATED");
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "49", "1");
		}

	}

	@Nested
	class FinalStatus {

		@Test
		void isFiveStarWhenNominatedAndEveryGatePasses() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1"));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.status().code()).isEqualTo("HQ-STATUS-FIVE-STAR");
			assertThat(outcome.gates()).extracting("code")
				.containsExactly("HQ-ACT-MIN", "HQ-NOM", "HQ-ORG-COMMITTEE", "HQ-ORG-COMMITTEE-PARTY",
						"HQ-ORG-COMPANY-PARTY", "HQ-ORG-PROJECT", "HQ-SAFE-DQ");
			assertThat(outcome.gates()).allMatch((gate) -> gate.passed());
		}

		@Test
		void isNotAwardedAndNamesEveryFailedGate() {
			RuleOutcome outcome = project("P1", world().company("CO1", PartyOrg.INSTRUCTOR, 30, 3)
				.fiveStarProject("P1", "C1")
				.validActivities("P1", 10));

			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.status().code()).isEqualTo("HQ-STATUS-NOT-AWARDED");
			assertThat(outcome.status().reason()).isEqualTo("未通过的门槛：HQ-ACT-MIN、HQ-ORG-COMPANY-PARTY");
		}

		@Test
		void isDisqualifiedBeforeAnythingElse() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.validActivities("P1", 10)
				.safetyProblem("I1", "P1", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), null, null));

			assertThat(outcome.status().value()).isEqualTo("DISQUALIFIED");
			assertThat(outcome.status().reason()).contains("取消评先评优资格");
		}

	}

	@Nested
	class Steward {

		@Test
		void awardsTheManagerOfAFiveStarProject() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1"));

			assertThat(outcome.awards()).singleElement().satisfies((award) -> {
				assertThat(award.code()).isEqualTo("HQ-STEWARD");
				assertThat(award.name()).isEqualTo("“红齐365红色物业”五星管家");
				assertThat(award.holder()).isEqualTo("经理P1");
				assertThat(award.clause()).isEqualTo("川综执字〔2023〕68号 二.3");
			});
		}

		@Test
		void awardsNobodyWhenOneGateFallsShort() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").validActivities("P1", 49));

			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.awards()).isEmpty();
		}

		@Test
		void awardsNobodyForADisqualifiedOrUnnominatedProject() {
			RuleOutcome disqualified = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", LocalDate.of(2023, 3, 1), null, null,
						org.redproperty.facts.RectificationVerdict.PERFUNCTORY));
			RuleOutcome unnominated = project("P1", world().fiveStarProject("P1", "C1").withoutNominations("P1"));

			assertThat(disqualified.status().value()).isEqualTo("DISQUALIFIED");
			assertThat(disqualified.awards()).isEmpty();
			assertThat(unnominated.status().value()).isEqualTo("NOT_NOMINATED");
			assertThat(unnominated.awards()).isEmpty();
		}

	}

}
