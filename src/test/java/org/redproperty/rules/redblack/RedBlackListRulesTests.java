package org.redproperty.rules.redblack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.EvaluationException;
import org.redproperty.evaluation.Finding;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Scope;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.RectificationVerdict;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redproperty.rules.redblack.RedBlackWorld.AFTER_Q1;
import static org.redproperty.rules.redblack.RedBlackWorld.YEAR_END;
import static org.redproperty.rules.redblack.RedBlackWorld.company;
import static org.redproperty.rules.redblack.RedBlackWorld.district;
import static org.redproperty.rules.redblack.RedBlackWorld.incident;
import static org.redproperty.rules.redblack.RedBlackWorld.inspection;
import static org.redproperty.rules.redblack.RedBlackWorld.problem;
import static org.redproperty.rules.redblack.RedBlackWorld.project;
import static org.redproperty.rules.redblack.RedBlackWorld.ranked;

/** Every code of the red-black-list 2024 rules (DOMAIN §7), each with a passing, a failing and a boundary case. */
class RedBlackListRulesTests {

	@Nested
	class ProjectScores {

		@Test
		void scoresAProjectByTheMeanOfItsInspectionsInTheQuarter() {
			Facts facts = company(ranked(5), "X", "80").add(inspection("IN-X-2", "P-X", "2024-03-01", "85"));

			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("82.5");
		}

		@Test
		void countsAnInspectionOnTheQuartersLastDayAndNotOneOnTheNextDay() {
			Facts facts = company(ranked(5), "X", "80").add(inspection("IN-X-2", "P-X", "2024-03-31", "90"),
					inspection("IN-X-3", "P-X", "2024-04-01", "10"));

			assertThat(score(district(facts, LocalDate.of(2024, 6, 30), "Q1"), "X")).isEqualByComparingTo("85");
		}

		@Test
		void keepsAMeanOfThreeExactSoThatItTiesWithTheSameMean() {
			Facts facts = company(ranked(5), "X", "80").add(inspection("IN-X-2", "P-X", "2024-03-01", "81"),
					inspection("IN-X-3", "P-X", "2024-03-02", "81"));
			company(facts, "Y", "242").remove((f) -> f.id().equals("IN-Y-1"));
			facts.add(inspection("IN-Y-1", "P-Y", "2024-02-01", "80.5"), inspection("IN-Y-2", "P-Y", "2024-02-02", "80.5"),
					inspection("IN-Y-3", "P-Y", "2024-02-03", "81"));

			Map<String, RuleOutcome> out = district(facts, AFTER_Q1, "Q1");

			assertThat(out.get("X").rank()).as("80.666… and 80.666… tie exactly").isEqualTo(out.get("Y").rank());
			assertThat(score(out, "X")).isEqualByComparingTo("80.6666666666");
		}

	}

	@Nested
	class CompanyBase {

		@Test
		void weighsProjectsByHouseholds() {
			Facts facts = company(ranked(5), "X", "90").add(project("P-X2", "C1", "X", 300),
					inspection("IN-X2", "P-X2", "2024-02-01", "80"));

			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("82.5");
		}

		@Test
		void countsAProjectWithoutHouseholdsAsOneAndLeavesOutAProjectWithoutInspection() {
			Facts facts = company(ranked(5), "X", "90").add(project("P-X2", "C1", "X", null),
					inspection("IN-X2", "P-X2", "2024-02-01", "80"), project("P-X3", "C1", "X", 5000));

			// (90 × 100 + 80 × 1) / 101; P-X3 has no inspection and is not counted
			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("89.9009900990");
		}

		@Test
		void doesNotRankACompanyWithoutInspection() {
			Map<String, RuleOutcome> out = district(company(ranked(5), "X", null), AFTER_Q1, "Q1");

			assertThat(out.get("X").status().value()).isEqualTo("NOT_RANKED");
			assertThat(out.get("X").rank()).isNull();
		}

		@Test
		void leavesOutTheProjectsOfAnotherDistrict() {
			Facts facts = company(ranked(5), "X", "90").add(project("P-X2", "C2", "X", 100),
					inspection("IN-X2", "P-X2", "2024-02-01", "10"));

			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("90");
		}

	}

	@Nested
	class Deductions {

		@Test
		void deductsForAnOverdueSafetyProblemAConflictAndAnAccident() {
			Facts facts = company(ranked(5), "X", "90").add(
					problem("I-1", "P-X", "X", "2024-01-10", "2024-02-01", null, null),
					incident("I-2", "P-X", "X", IncidentType.STAFF_OWNER_CONFLICT, "2024-02-10"),
					incident("I-3", null, "X", IncidentType.SAFETY_ACCIDENT, "2024-03-10"));

			RuleOutcome x = district(facts, AFTER_Q1, "Q1").get("X");

			assertThat(x.totalPoints()).isEqualByComparingTo("77");
			assertThat(x.lines()).extracting((line) -> line.points().stripTrailingZeros().toPlainString())
				.containsExactlyInAnyOrder("90", "-2", "-1", "-10");
		}

		@Test
		void doesNotDeductForAProblemRectifiedInTimeNorOneDueOnTheEvaluationDay() {
			Facts facts = company(ranked(5), "X", "90").add(
					problem("I-1", "P-X", "X", "2024-01-10", "2024-02-01", "2024-02-01", null),
					problem("I-2", "P-X", "X", "2024-03-10", "2024-04-01", null, null));

			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("90");
		}

		@Test
		void deductsForAPerfunctoryRectification() {
			Facts facts = company(ranked(5), "X", "90")
				.add(problem("I-1", "P-X", "X", "2024-01-10", "2024-02-01", "2024-01-20", RectificationVerdict.PERFUNCTORY));

			assertThat(score(district(facts, AFTER_Q1, "Q1"), "X")).isEqualByComparingTo("88");
		}

		@Test
		void ignoresADeductionWorthyIncidentDatedTheDayAfterAsOf() {
			Facts facts = company(ranked(5), "X", "90")
				.add(incident("I-1", "P-X", "X", IncidentType.SAFETY_ACCIDENT, "2024-04-02"));

			RuleOutcome x = district(facts, LocalDate.of(2024, 4, 1), "Q1").get("X");

			assertThat(x.totalPoints()).isEqualByComparingTo("90");
		}

		@Test
		void neverScoresBelowZero() {
			Facts facts = company(ranked(5), "X", "5")
				.add(incident("I-1", "P-X", "X", IncidentType.GROUP_INCIDENT, "2024-01-10"));

			RuleOutcome x = district(facts, AFTER_Q1, "Q1").get("X");

			assertThat(x.totalPoints()).isEqualByComparingTo("0");
			assertThat(x.status().value()).isEqualTo("BLACK_LIST");
		}

	}

	@Nested
	class Year {

		@Test
		void averagesTheQuartersThatEndedAndHadAScore() {
			Facts facts = company(ranked(5), "X", "90").add(inspection("IN-X-3", "P-X", "2024-08-01", "80"));

			// Q1 90, Q2 none, Q3 80, Q4 none
			assertThat(score(district(facts, YEAR_END, "YEAR"), "X")).isEqualByComparingTo("85");
		}

		@Test
		void leavesOutAQuarterEndingTheDayAfterAsOf() {
			Facts facts = company(ranked(5), "X", "90").add(inspection("IN-X-3", "P-X", "2024-08-01", "80"));

			assertThat(score(district(facts, LocalDate.of(2024, 9, 29), "YEAR"), "X")).isEqualByComparingTo("90");
			assertThat(district(facts, LocalDate.of(2024, 9, 29), "Q3").get("X").status().value()).isEqualTo("NOT_RANKED");
		}

		@Test
		void excludesFromTheRedListForAnAccidentAnywhereInTheYear() {
			Facts facts = ranked(10);
			facts.add(incident("I-1", "P-R01", "R01", IncidentType.SAFETY_ACCIDENT, "2024-11-10"));

			Map<String, RuleOutcome> out = district(facts, YEAR_END, "YEAR");

			assertThat(out.get("R01").status().value()).isEqualTo("RANKED");
			assertThat(out.get("R03").status().value()).as("the next one takes its place").isEqualTo("RED_LIST");
		}

	}

	@Nested
	class ListSize {

		@Test
		void publishesFourOfTwentyFourAndFiveOfTwentyFive() {
			assertThat(listed(district(ranked(24), AFTER_Q1, "Q1"), "RED_LIST")).hasSize(4);
			assertThat(listed(district(ranked(25), AFTER_Q1, "Q1"), "RED_LIST")).hasSize(5);
			assertThat(listed(district(ranked(25), AFTER_Q1, "Q1"), "BLACK_LIST")).hasSize(5);
		}

		@Test
		void publishesNothingBelowFiveRanked() {
			Map<String, RuleOutcome> four = district(ranked(4), AFTER_Q1, "Q1");
			Map<String, RuleOutcome> five = district(ranked(5), AFTER_Q1, "Q1");

			assertThat(four.get("D1").status().value()).isEqualTo("NOT_PUBLISHED");
			assertThat(four.values()).extracting((o) -> o.status().value()).containsOnly("NOT_PUBLISHED", "RANKED");
			assertThat(five.get("D1").status().value()).isEqualTo("PUBLISHED");
			assertThat(listed(five, "RED_LIST")).containsExactly("R01");
		}

		@Test
		void capsEachListAtTwentyFive() {
			assertThat(listed(district(ranked(130), AFTER_Q1, "Q1"), "RED_LIST")).hasSize(25);
		}

	}

	@Nested
	class Lists {

		@Test
		void listsEveryCompanyTiedAtTheFifthPlaceAndFlagsThem() {
			Facts facts = ranked(25);
			facts.replace(inspection("IN-R06-1", "P-R06", "2024-02-15", "86"));

			Map<String, RuleOutcome> out = district(facts, AFTER_Q1, "Q1");

			assertThat(listed(out, "RED_LIST")).containsExactlyInAnyOrder("R01", "R02", "R03", "R04", "R05", "R06");
			assertThat(manual(out.get("R05"))).isTrue();
			assertThat(manual(out.get("R04"))).isFalse();
			assertThat(out.get("R06").rank()).isEqualTo(5);
			assertThat(out.get("R07").rank()).as("the next rank skips").isEqualTo(7);
		}

		@Test
		void listsEveryCompanyTiedAtTheLastBlackPlaceAndMarksThemForSupervision() {
			Facts facts = ranked(25);
			facts.replace(inspection("IN-R20-1", "P-R20", "2024-02-15", "70"));

			Map<String, RuleOutcome> out = district(facts, AFTER_Q1, "Q1");

			assertThat(listed(out, "BLACK_LIST")).containsExactlyInAnyOrder("R20", "R21", "R22", "R23", "R24", "R25");
			assertThat(manual(out.get("R21"))).isTrue();
			assertThat(out.get("R25").findings()).extracting(Finding::severity).contains("SUPERVISION");
		}

		@Test
		void replacesACompanyWithAnAccidentInThePeriodOnTheRedList() {
			Facts facts = ranked(10).add(incident("I-1", "P-R01", "R01", IncidentType.GROUP_INCIDENT, "2024-01-05"));

			Map<String, RuleOutcome> out = district(facts, AFTER_Q1, "Q1");

			assertThat(listed(out, "RED_LIST")).containsExactlyInAnyOrder("R02", "R03");
			assertThat(out.get("R01").findings()).extracting(Finding::code).contains("RB-RED");
		}

		@Test
		void listsACompanyWithAnAccidentInAnotherQuarter() {
			Facts facts = ranked(10).add(incident("I-1", "P-R01", "R01", IncidentType.GROUP_INCIDENT, "2024-04-05"));

			assertThat(listed(district(facts, AFTER_Q1, "Q1"), "RED_LIST")).containsExactlyInAnyOrder("R01", "R02");
		}

		@Test
		void putsACompanyOnBothListsOnNeitherAndFlagsIt() {
			Facts facts = ranked(5);
			IntStream.rangeClosed(1, 5)
				.forEach((i) -> facts.replace(inspection("IN-R%02d-1".formatted(i), "P-R%02d".formatted(i), "2024-02-15", "80")));

			Map<String, RuleOutcome> out = district(facts, AFTER_Q1, "Q1");

			assertThat(out.values()).extracting((o) -> o.status().value()).containsOnly("PUBLISHED", "RANKED");
			assertThat(manual(out.get("R03"))).isTrue();
			assertThat(out.get("R03").rank()).isEqualTo(1);
		}

	}

	@Nested
	class District {

		@Test
		void publishesBothListsAsFindings() {
			RuleOutcome d1 = district(ranked(10), AFTER_Q1, "Q1").get("D1");

			assertThat(d1.status().value()).isEqualTo("PUBLISHED");
			assertThat(d1.findings()).filteredOn((f) -> f.severity().equals("RED_LIST"))
				.singleElement()
				.satisfies((f) -> assertThat(f.evidence()).containsExactly("R01", "R02"));
			assertThat(d1.findings()).filteredOn((f) -> f.severity().equals("BLACK_LIST"))
				.singleElement()
				.satisfies((f) -> assertThat(f.evidence()).containsExactly("R09", "R10"));
		}

		@Test
		void ranksNobodyBeforeTheFirstQuarterEnds() {
			Map<String, RuleOutcome> out = district(ranked(10), LocalDate.of(2024, 3, 30), "Q1");

			assertThat(out.get("D1").status().value()).isEqualTo("NOT_PUBLISHED");
			assertThat(out.get("R01").status().value()).isEqualTo("NOT_RANKED");
		}

	}

	@Nested
	class Periods {

		@Test
		void requiresAPeriodTheManifestDeclares() {
			assertThatThrownBy(() -> district(ranked(5), AFTER_Q1, null)).isInstanceOf(EvaluationException.class)
				.hasMessageContaining("必须写 period");
			assertThatThrownBy(() -> district(ranked(5), AFTER_Q1, "Q5")).isInstanceOf(EvaluationException.class)
				.hasMessageContaining("不是规则集 red-black-list/2024 的评价期间");
		}

		@Test
		void refusesAPeriodWhereTheSchemeHasNone() {
			RulesFolder gold = RulesFolder.load("gold-red-property", 2019);

			assertThatThrownBy(() -> gold.evaluateTogether(SubjectType.DISTRICT, "D1", AFTER_Q1, "Q1", ranked(5).dataset()))
				.isInstanceOf(EvaluationException.class)
				.hasMessageContaining("不分评价期间");
		}

		@Test
		void givesEveryResultItsPeriod() {
			assertThat(TestRules.EVALUATOR.evaluate(RedBlackWorld.FOLDER.ruleset(), Scope.district("D1"), AFTER_Q1, "Q2",
					ranked(5).dataset()))
				.allSatisfy((result) -> assertThat(result.subject().period()).isEqualTo("Q2"));
		}

	}

	private static BigDecimal score(Map<String, RuleOutcome> outcomes, String company) {
		return outcomes.get(company).totalPoints();
	}

	private static List<String> listed(Map<String, RuleOutcome> outcomes, String status) {
		return outcomes.entrySet().stream()
			.filter((e) -> e.getValue().status().value().equals(status))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	private static boolean manual(RuleOutcome outcome) {
		return outcome.findings().stream().anyMatch((f) -> f.severity().equals("MANUAL_DECISION"));
	}

}
