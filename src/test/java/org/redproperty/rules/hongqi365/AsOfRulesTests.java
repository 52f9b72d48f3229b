package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.RectificationVerdict;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.pointEvidence;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.project;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.unfiltered;

/**
 * The evaluation date (DOMAIN §3): facts dated after it do not exist, a rectification counts only once made. The
 * first group evaluates like the service (facts cut at the date); the second feeds uncut facts to check that the
 * rules state the date conditions of §4 themselves.
 */
class AsOfRulesTests {

	/** The 50th valid record of {@link Hongqi365Facts#validActivities} is dated 2023-05-29. */
	private static final LocalDate FIFTIETH_RECORD = LocalDate.of(2023, 5, 29);

	@Nested
	class AsTheServiceSeesIt {

		@Test
		void countsTheFiftiethRecordOnItsOwnDate() {
			RuleOutcome outcome = project("P1", FIFTIETH_RECORD, world().fiveStarProject("P1", "C1")
				.withoutNominations("P1")
				.nomination("N1", "P1", LocalDate.of(2023, 5, 1)));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "50", "0");
		}

		@Test
		void doesNotSeeTheFiftiethRecordTheDayBefore() {
			RuleOutcome outcome = project("P1", FIFTIETH_RECORD.minusDays(1), world().fiveStarProject("P1", "C1")
				.withoutNominations("P1")
				.nomination("N1", "P1", LocalDate.of(2023, 5, 1)));

			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("98");
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "49", "1");
			assertThat(outcome.findings()).isEmpty();
		}

		@Test
		void isNotNominatedBeforeTheNominationAndFiveStarAfter() {
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1");

			assertThat(project("P1", Hongqi365Facts.NOMINATED_ON.minusDays(1), facts).status().value())
				.isEqualTo("NOT_NOMINATED");
			assertThat(project("P1", Hongqi365Facts.NOMINATED_ON, facts).status().value()).isEqualTo("FIVE_STAR");
		}

		@Test
		void doesNotSeeAProblemFoundAfterTheEvaluationDate() {
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", ACCEPTANCE.plusDays(1), null, null, RectificationVerdict.PERFUNCTORY);

			RuleOutcome outcome = project("P1", facts);
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.findings()).isEmpty();
			assertThat(project("P1", ACCEPTANCE.plusDays(1), facts).status().value()).isEqualTo("DISQUALIFIED");
		}

		@Test
		void doesNotSeeAPerfunctoryVerdictOnARectificationMadeAfterTheEvaluationDate() {
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", LocalDate.of(2023, 10, 1), null, LocalDate.of(2023, 12, 5),
						RectificationVerdict.PERFUNCTORY);

			RuleOutcome outcome = project("P1", facts);
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.findings()).extracting("code").containsExactly("HQ-SAFE-PENDING");
			assertThat(project("P1", LocalDate.of(2023, 12, 5), facts).status().value()).isEqualTo("DISQUALIFIED");
		}

	}

	@Nested
	/** The evaluator, not the rules, cuts the facts at the evaluation date: the rules never test it themselves. */
	class TheEvaluatorCutsTheFacts {

		@Test
		void ignoreRecordsAndNominationsDatedAfterTheEvaluationDate() {
			RuleOutcome outcome = unfiltered(SubjectType.PROJECT, "P1", FIFTIETH_RECORD.minusDays(1),
					world().fiveStarProject("P1", "C1"));

			assertThat(outcome.status().value()).isEqualTo("NOT_NOMINATED");
			assertThat(pointEvidence(outcome)).hasSize(49).doesNotContain("A-P1-050");
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "49", "1");
		}

		@Test
		void ignoreCommitteesEstablishedAfterTheEvaluationDate() {
			RuleOutcome outcome = unfiltered(SubjectType.PROJECT, "P1", ACCEPTANCE, world().fiveStarProject("P1", "C1")
				.withoutCommittees("P1")
				.ownersCommittee("K1", "P1", ACCEPTANCE.plusDays(1), true));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE"), false, "1", "0", "1");
		}

		@Test
		void ignoreAProblemFoundAfterTheEvaluationDate() {
			RuleOutcome outcome = unfiltered(SubjectType.PROJECT, "P1", ACCEPTANCE,
					world().fiveStarProject("P1", "C1")
						.safetyProblem("I1", "P1", ACCEPTANCE.plusDays(1), null, null, RectificationVerdict.PERFUNCTORY)
						.safetyProblem("I2", "P1", ACCEPTANCE.plusDays(1), null, null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.findings()).isEmpty();
			assertThat(outcome.creditDeductions()).isEmpty();
		}

		@Test
		void ignoreAnIndicatorMeasuredAfterTheEvaluationDate() {
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1")
				.districtIndicator("X-U1", "D1", "SMART_PROPERTY_COMPANY_USAGE", "0.95", LocalDate.of(2023, 10, 31))
				.districtIndicator("X-U2", "D1", "SMART_PROPERTY_COMPANY_USAGE", "0.50", ACCEPTANCE.plusDays(1))
				.districtIndicator("X-R1", "D1", "SMART_PROPERTY_RESIDENT_REGISTRATION", "0.95",
						ACCEPTANCE.plusDays(1));

			RuleOutcome outcome = unfiltered(SubjectType.DISTRICT, "D1", ACCEPTANCE, facts);

			assertGate(outcome.gate("HQ-T-SMART-COMPANY-USAGE"), true, "0.9", "0.95", "0");
			assertThat(outcome.gate("HQ-T-SMART-COMPANY-USAGE").evidence()).containsExactly("X-U1");
			assertGate(outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION"), false, "0.9", "0", "0.9");
		}

	}

}
