package org.redproperty.rules.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Scope;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.redblack.RedBlackWorld.YEAR_END;
import static org.redproperty.rules.redblack.RedBlackWorld.rankedEveryQuarter;

/**
 * Every code of the credit-grade 2024 rules (DOMAIN §9), on the red-black-list 2024 it requires: ten companies R01…
 * R10 of district D1 scored 90, 89 … 81 in every quarter, so that R01 and R02 are on the red list and R09 and R10 on
 * the black list of each quarter.
 */
class CreditGradeRulesTests {

	static final RulesFolder FOLDER = RulesFolder.load("credit-grade", 2024);

	static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);

	static Facts world() {
		return rankedEveryQuarter(10);
	}

	static CreditDeduction deduction(String id, String company, String date, String points) {
		return new CreditDeduction(id, company, LocalDate.parse(date), new BigDecimal(points), "试验扣分 " + id);
	}

	static Map<String, RuleOutcome> grades(Facts facts, LocalDate asOf) {
		return FOLDER.evaluateTogether(SubjectType.DISTRICT, "D1", asOf, facts.dataset());
	}

	static Map<String, RuleOutcome> grades(Ruleset ruleset, Facts facts, LocalDate asOf) {
		return TestRules.outcomes(
				TestRules.EVALUATOR.evaluate(ruleset, Scope.whole(SubjectType.DISTRICT, "D1"), asOf, facts.dataset()));
	}

	static String grade(Map<String, RuleOutcome> outcomes, String company) {
		return outcomes.get(company).status().value();
	}

	static BigDecimal score(Map<String, RuleOutcome> outcomes, String company) {
		return outcomes.get(company).totalPoints();
	}

	@Nested
	class Score {

		@Test
		void startsAtTheBaseScoreForACompanyNeitherRedNorBlack() {
			Map<String, RuleOutcome> outcomes = grades(world(), YEAR_END);

			assertThat(score(outcomes, "R05")).isEqualByComparingTo("100");
			assertThat(outcomes).doesNotContainKey("D1");
		}

		@Test
		void subtractsTheDeductionsOfTheYearUpToTheEvaluationDate() {
			Facts facts = world().add(deduction("CD-1", "R05", "2024-06-01", "2.5"), deduction("CD-2", "R05", "2024-12-31", "1"),
					deduction("CD-3", "R05", "2023-12-31", "7"), deduction("CD-4", "R06", "2024-06-01", "4"));

			assertThat(score(grades(facts, YEAR_END), "R05")).isEqualByComparingTo("96.5");
		}

		@Test
		void doesNotCountADeductionDatedTheDayAfterTheEvaluationDate() {
			Facts facts = world().add(deduction("CD-1", "R05", "2024-07-01", "10"));

			assertThat(score(grades(facts, LocalDate.of(2024, 6, 30)), "R05")).isEqualByComparingTo("100");
			assertThat(score(grades(facts, LocalDate.of(2024, 7, 1)), "R05")).isEqualByComparingTo("90");
		}

		@Test
		void addsOnePerEndedQuarterOnTheRedListAndSubtractsThreePerQuarterOnTheBlackList() {
			Map<String, RuleOutcome> outcomes = grades(world(), YEAR_END);

			assertThat(score(outcomes, "R01")).isEqualByComparingTo("104");
			assertThat(score(outcomes, "R10")).isEqualByComparingTo("88");
		}

		@Test
		void countsAQuarterOnItsLastDayAndNotTheDayBefore() {
			assertThat(score(grades(world(), Q1_END), "R01")).isEqualByComparingTo("101");
			assertThat(score(grades(world(), Q1_END), "R10")).isEqualByComparingTo("97");
			assertThat(score(grades(world(), Q1_END.minusDays(1)), "R01")).isEqualByComparingTo("100");
			assertThat(score(grades(world(), Q1_END.minusDays(1)), "R10")).isEqualByComparingTo("100");
		}

		@Test
		void clampsOnceAtZero() {
			Facts facts = world().add(deduction("CD-1", "R01", "2024-02-01", "150"));

			Map<String, RuleOutcome> outcomes = grades(facts, YEAR_END);

			assertThat(score(outcomes, "R01")).isEqualByComparingTo("0");
			assertThat(grade(outcomes, "R01")).isEqualTo("GRADE_D");
		}

		@Test
		void clampsOnceAtTheMaximumAndNotAtIt() {
			Ruleset higher = FOLDER.ruleset().withValues(Map.of("baseScore", new BigDecimal("101")));

			assertThat(score(grades(higher, world(), Q1_END), "R01")).isEqualByComparingTo("102");
			assertThat(score(grades(higher, world(), YEAR_END), "R01")).isEqualByComparingTo("104");
			assertThat(score(grades(world(), YEAR_END), "R01")).isEqualByComparingTo("104");
		}

		@Test
		void countsAtMostTheAllowedRedQuarters() {
			Ruleset three = FOLDER.ruleset().withValues(Map.of("maxRedQuarters", 3));

			assertThat(score(grades(three, world(), YEAR_END), "R01")).isEqualByComparingTo("103");
		}

	}

	@Nested
	class Grade {

		@Test
		void gradesByTheBandsWithEachBandsLowestScoreIncluded() {
			Facts facts = world().add(deduction("CD-3", "R03", "2024-03-01", "5"), deduction("CD-4", "R04", "2024-03-01", "5.01"),
					deduction("CD-5", "R05", "2024-03-01", "15"), deduction("CD-6", "R06", "2024-03-01", "15.5"),
					deduction("CD-7", "R07", "2024-03-01", "30"), deduction("CD-8", "R08", "2024-03-01", "30.01"));

			Map<String, RuleOutcome> outcomes = grades(facts, YEAR_END);

			assertThat(grade(outcomes, "R03")).isEqualTo("GRADE_A");
			assertThat(grade(outcomes, "R04")).isEqualTo("GRADE_B");
			assertThat(grade(outcomes, "R05")).isEqualTo("GRADE_B");
			assertThat(grade(outcomes, "R06")).isEqualTo("GRADE_C");
			assertThat(grade(outcomes, "R07")).isEqualTo("GRADE_C");
			assertThat(grade(outcomes, "R08")).isEqualTo("GRADE_D");
			assertThat(outcomes.get("R03").status().reason()).contains("信用分 95", "信用等级 A");
		}

	}

}
