package org.redproperty.rules.hongqi365;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.evaluate;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.together;

/**
 * HQ-RED-POSITION (street) and HQ-RED-VANGUARD (community): every nominated project five-star on the same date.
 * The world has street S1 with communities C1 and C2.
 */
class HonoursRulesTests {

	@Nested
	class RedPosition {

		@Test
		void isAwardedWhenEveryNominatedProjectIsFiveStar() {
			Map<String, RuleOutcome> outcomes = together(SubjectType.STREET, "S1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").fiveStarProject("P2", "C2"));

			RuleOutcome street = outcomes.get("S1");
			assertThat(street.status().value()).isEqualTo("RED_POSITION");
			assertThat(street.status().code()).isEqualTo("HQ-RED-POSITION");
			assertGate(street.gate("HQ-RED-POSITION-RATE"), true, "1", "1", "0");
			assertThat(street.gate("HQ-RED-POSITION-RATE").evidence()).containsExactly("P1", "P2");
			assertThat(outcomes.get("P1").status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcomes.get("P2").status().value()).isEqualTo("FIVE_STAR");
		}

		@Test
		void isNotAwardedWhenOneNominatedProjectIsNotFiveStar() {
			Map<String, RuleOutcome> outcomes = together(SubjectType.STREET, "S1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").fiveStarProject("P2", "C2").validActivities("P2", 49));

			RuleOutcome street = outcomes.get("S1");
			assertThat(outcomes.get("P2").status().value()).isEqualTo("NOT_AWARDED");
			assertThat(street.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(street.status().reason()).contains("未全部评为五星项目");
			assertGate(street.gate("HQ-RED-POSITION-RATE"), false, "1", "0.5", "0.5");
			assertThat(street.gate("HQ-RED-POSITION-RATE").evidence()).containsExactly("P1", "P2");
		}

		@Test
		void isNotAwardedWhenOneNominatedProjectIsDisqualified() {
			RuleOutcome street = evaluate(SubjectType.STREET, "S1", ACCEPTANCE, world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), null, null));

			assertThat(street.status().value()).isEqualTo("NOT_AWARDED");
			assertGate(street.gate("HQ-RED-POSITION-RATE"), false, "1", "0", "1");
		}

		@Test
		void isNotAwardedWithoutAnyNominatedProject() {
			RuleOutcome street = evaluate(SubjectType.STREET, "S1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").withoutNominations("P1"));

			assertThat(street.status().value()).isEqualTo("NOT_AWARDED");
			assertGate(street.gate("HQ-RED-POSITION-RATE"), false, "1", "0", "1");
			assertThat(street.gate("HQ-RED-POSITION-RATE").evidence()).isEmpty();
		}

		@Test
		void ignoresProjectsThatWereNotNominated() {
			Map<String, RuleOutcome> outcomes = together(SubjectType.STREET, "S1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1")
						.fiveStarProject("P2", "C2")
						.withoutNominations("P2")
						.validActivities("P2", 3));

			assertThat(outcomes.get("P2").status().value()).isEqualTo("NOT_NOMINATED");
			assertThat(outcomes.get("S1").status().value()).isEqualTo("RED_POSITION");
			assertThat(outcomes.get("S1").gate("HQ-RED-POSITION-RATE").evidence()).containsExactly("P1");
		}

		@Test
		void ignoresProjectsOfAnotherStreet() {
			RuleOutcome street = evaluate(SubjectType.STREET, "S1", ACCEPTANCE, world().street("S2", "D1")
				.community("C9", "S2")
				.fiveStarProject("P1", "C1")
				.fiveStarProject("P9", "C9")
				.validActivities("P9", 1));

			assertThat(street.status().value()).isEqualTo("RED_POSITION");
			assertThat(street.gate("HQ-RED-POSITION-RATE").evidence()).containsExactly("P1");
		}

		@Test
		void judgesProjectsOnTheSameEvaluationDate() {
			LocalDate asOf = LocalDate.of(2023, 5, 1);
			RuleOutcome street = evaluate(SubjectType.STREET, "S1", asOf,
					world().fiveStarProject("P1", "C1").nomination("N-EARLY", "P1", LocalDate.of(2023, 3, 1)));

			assertThat(street.status().value()).as("P1 has 40 records by 1 May").isEqualTo("NOT_AWARDED");
			assertGate(street.gate("HQ-RED-POSITION-RATE"), false, "1", "0", "1");
		}

	}

	@Nested
	class RedVanguard {

		@Test
		void isAwardedWhenEveryNominatedProjectOfTheCommunityIsFiveStar() {
			RuleOutcome community = evaluate(SubjectType.COMMUNITY, "C1", ACCEPTANCE, world()
				.fiveStarProject("P1", "C1")
				.fiveStarProject("P2", "C1")
				.fiveStarProject("P3", "C1")
				.withoutNominations("P3")
				.validActivities("P3", 0));

			assertThat(community.status().value()).isEqualTo("RED_VANGUARD");
			assertThat(community.status().code()).isEqualTo("HQ-RED-VANGUARD");
			assertGate(community.gate("HQ-RED-VANGUARD-RATE"), true, "1", "1", "0");
			assertThat(community.gate("HQ-RED-VANGUARD-RATE").evidence()).containsExactly("P1", "P2");
		}

		@Test
		void isNotAwardedWhenOneNominatedProjectIsNotFiveStar() {
			Map<String, RuleOutcome> outcomes = together(SubjectType.COMMUNITY, "C1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").fiveStarProject("P2", "C1").withoutCommittees("P2"));

			assertThat(outcomes.get("P2").status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcomes.get("C1").status().value()).isEqualTo("NOT_AWARDED");
			assertGate(outcomes.get("C1").gate("HQ-RED-VANGUARD-RATE"), false, "1", "0.5", "0.5");
		}

		@Test
		void isNotAwardedWithoutAnyNominatedProject() {
			RuleOutcome community = evaluate(SubjectType.COMMUNITY, "C1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").withoutNominations("P1"));

			assertThat(community.status().value()).isEqualTo("NOT_AWARDED");
			assertGate(community.gate("HQ-RED-VANGUARD-RATE"), false, "1", "0", "1");
		}

		@Test
		void ignoresProjectsOfAnotherCommunity() {
			RuleOutcome community = evaluate(SubjectType.COMMUNITY, "C1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1").fiveStarProject("P2", "C2").validActivities("P2", 0));

			assertThat(community.status().value()).isEqualTo("RED_VANGUARD");
			assertThat(community.gate("HQ-RED-VANGUARD-RATE").evidence()).containsExactly("P1");
		}

	}

}
