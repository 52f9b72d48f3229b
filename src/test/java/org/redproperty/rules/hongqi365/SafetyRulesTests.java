package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redproperty.evaluation.Finding;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.RectificationVerdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.project;

/** HQ-SAFE-DQ, HQ-SAFE-PENDING, HQ-CREDIT and HQ-CONFLICT. */
class SafetyRulesTests {

	private static final LocalDate FOUND = LocalDate.of(2023, 6, 1);

	private static final LocalDate DEADLINE = LocalDate.of(2023, 6, 30);

	@Nested
	class Overdue {

		@Test
		void keepsTheProjectWhenRectifiedOnTheDeadline() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").safetyProblem("I1", "P1", FOUND, DEADLINE, DEADLINE, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-SAFE-DQ"), true, "0", "0", "0");
			assertThat(outcome.gate("HQ-SAFE-DQ").evidence()).isEmpty();
			assertThat(outcome.findings()).isEmpty();
			assertThat(outcome.creditDeductions()).isEmpty();
		}

		@Test
		void disqualifiesWhenRectifiedADayLateAndProposesFiveCreditPoints() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, DEADLINE.plusDays(1), RectificationVerdict.ADEQUATE));

			assertThat(outcome.status().value()).isEqualTo("DISQUALIFIED");
			assertThat(outcome.status().code()).isEqualTo("HQ-STATUS-DISQUALIFIED");
			assertThat(outcome.totalPoints()).as("points are still computed").isEqualByComparingTo("100");
			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "1", "1");
			assertThat(outcome.gate("HQ-SAFE-DQ").evidence()).containsExactly("I1");
			assertThat(outcome.gate("HQ-SAFE-DQ").clause()).isEqualTo("川综执字〔2023〕68号 三(四)3");
			assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo("HQ-SAFE-DQ-OVERDUE");
				assertThat(finding.severity()).isEqualTo("DISQUALIFYING");
				assertThat(finding.evidence()).containsExactly("I1");
				assertThat(finding.message()).contains("至 2023-07-01 才整改", "取消评先评优资格");
			});
			assertThat(outcome.creditDeductions()).singleElement().satisfies((deduction) -> {
				assertThat(deduction.code()).isEqualTo("HQ-CREDIT-OVERDUE");
				assertThat(deduction.companyId()).isEqualTo("CO1");
				assertThat(deduction.points()).isEqualByComparingTo("5");
				assertThat(deduction.evidence()).containsExactly("I1");
			});
			assertThat(outcome.awards()).isEmpty();
		}

		@Test
		void isNotOverdueWhileTheDeadlineIsTheEvaluationDate() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").safetyProblem("I1", "P1", FOUND, ACCEPTANCE, null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-SAFE-DQ"), true, "0", "0", "0");
			assertThat(outcome.creditDeductions()).isEmpty();
			assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo("HQ-SAFE-PENDING");
				assertThat(finding.severity()).isEqualTo("WARNING");
				assertThat(finding.evidence()).containsExactly("I1");
				assertThat(finding.message()).contains("整改期限 2023-11-30 未到");
			});
		}

		@Test
		void isOverdueWhenTheDeadlineWasTheDayBefore() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, ACCEPTANCE.minusDays(1), null, null));

			assertThat(outcome.status().value()).isEqualTo("DISQUALIFIED");
			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "1", "1");
			assertThat(codes(outcome)).containsExactly("HQ-SAFE-DQ-OVERDUE");
			assertThat(outcome.findings().get(0).message()).contains("至评价日未整改");
			assertThat(outcome.creditDeductions()).singleElement()
				.satisfies((d) -> assertThat(d.points()).isEqualByComparingTo("5"));
		}

		@Test
		void countsARectificationOnlyWhenItHappenedByTheEvaluationDate() {
			LocalDate asOf = LocalDate.of(2023, 7, 15);
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, LocalDate.of(2023, 7, 20), RectificationVerdict.ADEQUATE);

			RuleOutcome outcome = project("P1", asOf, facts);

			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "1", "1");
			assertThat(outcome.findings()).filteredOn((f) -> f.code().equals("HQ-SAFE-DQ-OVERDUE"))
				.singleElement()
				.satisfies((f) -> assertThat(f.message()).contains("至评价日未整改"));
		}

		@Test
		void disqualifiesForEveryKindOfSafetyProblemAndListsEachOne() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.incident("I1", "P1", IncidentType.EBIKE_INDOOR_CHARGING, FOUND, DEADLINE, null, null)
				.incident("I2", "P1", IncidentType.GAS_HAZARD, FOUND, DEADLINE, null, null));

			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "2", "2");
			assertThat(outcome.gate("HQ-SAFE-DQ").evidence()).containsExactly("I1", "I2");
			assertThat(outcome.creditDeductions()).hasSize(2);
		}

		@Test
		void namesAProblemWithoutADescriptionWithoutPrintingNull() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.incident(new Incident("I1", "P1", "CO1", FOUND, IncidentType.OTHER_SAFETY, null, DEADLINE, null, null))
				.incident(new Incident("I2", "P1", "CO1", FOUND, IncidentType.OTHER_SAFETY, null, null, null, null)));

			assertThat(outcome.findings()).extracting(Finding::code)
				.containsExactlyInAnyOrder("HQ-SAFE-DQ-OVERDUE", "HQ-SAFE-PENDING");
			assertThat(outcome.findings()).allSatisfy(
					(finding) -> assertThat(finding.message()).startsWith("安全问题「」").doesNotContain("null"));
		}

		@ParameterizedTest
		@EnumSource(value = IncidentType.class,
				names = { "SAFETY_ACCIDENT", "GROUP_INCIDENT", "MANAGEMENT_VIOLATION" })
		void ignoresEventsThatAreNotSafetyProblems(IncidentType type) {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").incident("I1", "P1", type, FOUND, DEADLINE, null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-SAFE-DQ"), true, "0", "0", "0");
			assertThat(outcome.findings()).isEmpty();
		}

		@Test
		void ignoresAProblemOfAnotherYear() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 15), null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-SAFE-DQ"), true, "0", "0", "0");
			assertThat(outcome.findings()).isEmpty();
		}

		@Test
		void disqualifiesEvenWithoutANomination() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutNominations("P1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, null, null));

			assertThat(outcome.status().value()).isEqualTo("DISQUALIFIED");
			assertGate(outcome.gate("HQ-NOM"), false, "1", "0", "1");
		}

	}

	@Nested
	class Perfunctory {

		@Test
		void disqualifiesAPerfunctoryRectificationMadeInTimeAndProposesTenCreditPoints() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, LocalDate.of(2023, 6, 20), RectificationVerdict.PERFUNCTORY));

			assertThat(outcome.status().value()).isEqualTo("DISQUALIFIED");
			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "1", "1");
			assertThat(codes(outcome)).containsExactly("HQ-SAFE-DQ-PERFUNCTORY");
			assertThat(outcome.findings().get(0).message()).contains("敷衍整改");
			assertThat(outcome.creditDeductions()).singleElement().satisfies((deduction) -> {
				assertThat(deduction.code()).isEqualTo("HQ-CREDIT-PERFUNCTORY");
				assertThat(deduction.companyId()).isEqualTo("CO1");
				assertThat(deduction.points()).isEqualByComparingTo("10");
				assertThat(deduction.evidence()).containsExactly("I1");
			});
		}

		@Test
		void proposesTenNotFiveForAPerfunctoryRectificationThatWasAlsoLate() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, LocalDate.of(2023, 7, 20), RectificationVerdict.PERFUNCTORY));

			assertGate(outcome.gate("HQ-SAFE-DQ"), false, "0", "1", "1");
			assertThat(outcome.creditDeductions()).singleElement()
				.satisfies((d) -> assertThat(d.points()).isEqualByComparingTo("10"));
		}

		@Test
		void keepsTheProjectWhenTheRectificationWasAdequate() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, DEADLINE, LocalDate.of(2023, 6, 20), RectificationVerdict.ADEQUATE));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.creditDeductions()).isEmpty();
		}

	}

	@Nested
	class Pending {

		@Test
		void staysPendingWithoutADeadlineUntilRectified() {
			RuleOutcome outcome = project("P1", LocalDate.of(2023, 12, 31),
					world().fiveStarProject("P1", "C1").safetyProblem("I1", "P1", FOUND, null, null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertGate(outcome.gate("HQ-SAFE-DQ"), true, "0", "0", "0");
			assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo("HQ-SAFE-PENDING");
				assertThat(finding.message()).contains("未定整改期限");
			});
		}

		@Test
		void isNoLongerPendingOnceRectified() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, null, LocalDate.of(2023, 9, 1), RectificationVerdict.ADEQUATE));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.findings()).isEmpty();
		}

		@Test
		void isStillPendingWhenTheRectificationComesAfterTheEvaluationDate() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.safetyProblem("I1", "P1", FOUND, null, ACCEPTANCE.plusDays(1), RectificationVerdict.ADEQUATE));

			assertThat(codes(outcome)).containsExactly("HQ-SAFE-PENDING");
		}

	}

	@Nested
	class Conflict {

		@Test
		void reportsAStaffOwnerConflictWithoutChangingAnything() {
			Hongqi365Facts facts = world().fiveStarProject("P1", "C1");
			RuleOutcome before = project("P1", facts);
			RuleOutcome outcome = project("P1",
					facts.incident("I1", "P1", IncidentType.STAFF_OWNER_CONFLICT, FOUND, null, null, null));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR").isEqualTo(before.status().value());
			assertThat(outcome.totalPoints()).isEqualByComparingTo(before.totalPoints());
			assertThat(outcome.gates()).isEqualTo(before.gates());
			assertThat(outcome.creditDeductions()).isEmpty();
			assertThat(outcome.awards()).isEqualTo(before.awards());
			assertThat(outcome.findings()).singleElement().satisfies((finding) -> {
				assertThat(finding.code()).isEqualTo("HQ-CONFLICT");
				assertThat(finding.severity()).isEqualTo("WARNING");
				assertThat(finding.evidence()).containsExactly("I1");
				assertThat(finding.clause()).isEqualTo("川综执字〔2023〕68号 三(三)1");
				assertThat(finding.message()).contains("从严从重处罚");
			});
		}

		@Test
		void reportsNothingWithoutAConflict() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.incident("I1", "P1", IncidentType.GROUP_INCIDENT, FOUND, null, null, null));

			assertThat(codes(outcome)).doesNotContain("HQ-CONFLICT");
		}

	}

	private static java.util.List<String> codes(RuleOutcome outcome) {
		return outcome.findings().stream().map(Finding::code).toList();
	}

}
