package org.redproperty.rules.star;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.ScoreLine;
import org.redproperty.facts.Company;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.redblack.RedBlackWorld.YEAR_END;
import static org.redproperty.rules.redblack.RedBlackWorld.company;
import static org.redproperty.rules.redblack.RedBlackWorld.incident;
import static org.redproperty.rules.redblack.RedBlackWorld.inspection;
import static org.redproperty.rules.redblack.RedBlackWorld.rankedEveryQuarter;
import static org.redproperty.rules.redblack.RedBlackWorld.project;

/**
 * Every code of the star-rating 2024 rules (DOMAIN §8), on the red-black-list 2024 and credit-grade 2024 outcomes it
 * requires, evaluated in the same run. Ten companies R01 … R10 of district D1 are scored 90, 89 … 81 in every
 * quarter, so that R09 and R10 are on the black list of each ended quarter; a probe company X is inspected once in
 * the first quarter, so that its year score is that one score and it is on no more than one quarter's list.
 */
class StarRatingRulesTests {

	static final RulesFolder FOLDER = RulesFolder.load("star-rating", 2024);

	static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);

	static final LocalDate Q2_END = LocalDate.of(2024, 6, 30);

	static final PartyOrgChecklist ALL_SIX = new PartyOrgChecklist(true, true, true, true, true, true);

	static final PartyOrgChecklist NO_WORK_PLAN = new PartyOrgChecklist(true, true, true, true, false, true);

	static Facts world() {
		return rankedEveryQuarter(10);
	}

	/** The world and company X, with the party organisation given, inspected once (2024-02-15) with the score. */
	static Facts probe(String score, PartyOrg org, PartyOrgChecklist checklist) {
		return world().add(new Company("X", "X物业", "91350100M000100Y43", 40, 5, org, LocalDate.of(2016, 1, 1), checklist,
				LocalDate.of(2017, 1, 1), null, null), project("P-X", "C1", "X", 100),
				inspection("IN-X", "P-X", "2024-02-15", score));
	}

	static Facts probe(String score) {
		return probe(score, PartyOrg.INDEPENDENT, ALL_SIX);
	}

	static CreditDeduction deduction(String id, String company, String date, String points) {
		return new CreditDeduction(id, company, LocalDate.parse(date), new BigDecimal(points), "试验扣分 " + id);
	}

	static Map<String, RuleOutcome> stars(Facts facts, LocalDate asOf) {
		return FOLDER.evaluateTogether(SubjectType.DISTRICT, "D1", asOf, facts.dataset());
	}

	static Map<String, RuleOutcome> stars(Ruleset ruleset, Facts facts, LocalDate asOf) {
		return TestRules.outcomes(TestRules.EVALUATOR.evaluate(ruleset,
				Scope.whole(SubjectType.DISTRICT, "D1"), asOf, facts.dataset()));
	}

	static String status(Facts facts, LocalDate asOf, String company) {
		return stars(facts, asOf).get(company).status().value();
	}

	/** The codes of the lines that give no points: the caps below the band, in order. */
	static List<String> caps(RuleOutcome outcome) {
		return outcome.lines().stream().filter((l) -> l.points().signum() == 0).map(ScoreLine::code).toList();
	}

	@Nested
	class Score {

		@Test
		void isTheRedBlackListYearScoreExactly() {
			Facts facts = world().add(new Company("X", "X物业", "91350100M000100Y43", 40, 5, PartyOrg.JOINT,
					LocalDate.of(2016, 1, 1), ALL_SIX, LocalDate.of(2017, 1, 1), null, null), project("P-X", "C1", "X", 100),
					inspection("IN-X1", "P-X", "2024-02-15", "90"), inspection("IN-X2", "P-X", "2024-05-15", "85.5"),
					inspection("IN-X3", "P-X", "2024-08-15", "85"));

			RuleOutcome x = stars(facts, YEAR_END).get("X");

			assertThat(x.totalPoints()).isEqualByComparingTo("86.8333333333");
			assertThat(x.lines()).first().satisfies((line) -> {
				assertThat(line.code()).isEqualTo("STAR-SCORE");
				assertThat(line.reason()).contains("红黑榜全年得分 86.8333333333");
			});
			assertThat(x.status().value()).isEqualTo("STARS_4");
		}

		@Test
		void givesNotRatedToACompanyWithoutAYearScore() {
			Facts facts = company(world(), "Z", null);

			Map<String, RuleOutcome> outcomes = stars(facts, YEAR_END);

			assertThat(outcomes.get("Z").status().value()).isEqualTo("NOT_RATED");
			assertThat(outcomes.get("Z").totalPoints()).isEqualByComparingTo("0");
			assertThat(outcomes.get("Z").lines()).isEmpty();
			assertThat(outcomes.get("R01").status().value()).isEqualTo("STARS_5");
			assertThat(outcomes).doesNotContainKey("D1");
		}

		@Test
		void ratesNoCompanyBeforeTheFirstQuarterHasEndedAndEveryOneOnItsLastDay() {
			assertThat(stars(world(), Q1_END.minusDays(1)).values())
				.allSatisfy((o) -> assertThat(o.status().value()).isEqualTo("NOT_RATED"));
			assertThat(status(world(), Q1_END, "R01")).isEqualTo("STARS_5");
		}

	}

	@Nested
	class Bands {

		@Test
		void ratesEachBandFromItsLowestScoreIncluded() {
			assertThat(status(probe("90"), YEAR_END, "X")).isEqualTo("STARS_5");
			assertThat(status(probe("80"), YEAR_END, "X")).isEqualTo("STARS_4");
			assertThat(status(probe("70"), YEAR_END, "X")).isEqualTo("STARS_3");
			assertThat(status(probe("60"), YEAR_END, "X")).isEqualTo("STARS_2");
		}

		@Test
		void ratesJustBelowEachBandInTheBandBelow() {
			assertThat(status(probe("89.99"), YEAR_END, "X")).isEqualTo("STARS_4");
			assertThat(status(probe("79.99"), YEAR_END, "X")).isEqualTo("STARS_3");
			assertThat(status(probe("69.99"), YEAR_END, "X")).isEqualTo("STARS_2");
			assertThat(status(probe("59.99"), YEAR_END, "X")).isEqualTo("STARS_1");
			assertThat(status(probe("0"), YEAR_END, "X")).isEqualTo("STARS_1");
		}

		@Test
		void readsTheBandsFromTheParameters() {
			Ruleset higher = FOLDER.ruleset().withValues(Map.of("stars5", new BigDecimal("95")));

			assertThat(stars(higher, probe("94"), YEAR_END).get("X").status().value()).isEqualTo("STARS_4");
			assertThat(stars(higher, probe("95"), YEAR_END).get("X").status().value()).isEqualTo("STARS_5");
		}

		@Test
		void saysTheBandAndHasNoCapLineWhenNoCapApplies() {
			RuleOutcome x = stars(probe("90"), YEAR_END).get("X");

			assertThat(x.status().reason()).contains("得分 90", "五星档", "评为 STARS_5");
			assertThat(x.lines()).extracting(ScoreLine::code).containsExactly("STAR-SCORE");
		}

	}

	@Nested
	class PartyCap {

		@Test
		void capsAnInstructorOnlyCompany() {
			RuleOutcome x = stars(probe("95", PartyOrg.INSTRUCTOR, ALL_SIX), YEAR_END).get("X");

			assertThat(x.status().value()).isEqualTo("STARS_3");
			assertThat(caps(x)).containsExactly("STAR-CAP-PARTY");
			assertThat(x.lines().get(1).reason()).contains("党组织不健全", "星级最高为 STARS_3");
			assertThat(x.totalPoints()).isEqualByComparingTo("95");
		}

		@Test
		void capsAnIndependentOrganisationWithFiveOfTheSixItems() {
			RuleOutcome x = stars(probe("95", PartyOrg.INDEPENDENT, NO_WORK_PLAN), YEAR_END).get("X");

			assertThat(x.status().value()).isEqualTo("STARS_3");
			assertThat(x.lines().get(1).reason()).contains("缺：支部工作计划");
		}

		@Test
		void doesNotCapAJointBranchWithAllSixItems() {
			assertThat(status(probe("95", PartyOrg.JOINT, ALL_SIX), YEAR_END, "X")).isEqualTo("STARS_5");
		}

		@Test
		void listsNoLineWhereTheBandIsNotAboveTheCap() {
			RuleOutcome atCap = stars(probe("75", PartyOrg.NONE, ALL_SIX), YEAR_END).get("X");
			RuleOutcome belowCap = stars(probe("65", PartyOrg.NONE, ALL_SIX), YEAR_END).get("X");

			assertThat(atCap.status().value()).isEqualTo("STARS_3");
			assertThat(caps(atCap)).isEmpty();
			assertThat(atCap.status().reason()).contains("STAR-CAP-PARTY", "不低于档次");
			assertThat(belowCap.status().value()).isEqualTo("STARS_2");
			assertThat(caps(belowCap)).isEmpty();
		}

	}

	@Nested
	class EventsCap {

		@Test
		void capsAfterASafetyAccidentOnTheEvaluationDateAndNotOneTheDayAfter() {
			Facts facts = probe("95").add(incident("AC-1", "P-X", "X", IncidentType.SAFETY_ACCIDENT, "2024-06-30"));

			assertThat(status(facts, Q2_END.minusDays(1), "X")).isEqualTo("STARS_5");
			RuleOutcome x = stars(facts, Q2_END).get("X");
			assertThat(x.status().value()).isEqualTo("STARS_2");
			assertThat(caps(x)).containsExactly("STAR-CAP-EVENTS");
			assertThat(x.lines().get(1).reason()).contains("1 起（AC-1）", "星级最高为 STARS_2");
			assertThat(x.lines().get(1).evidence()).containsExactly("AC-1");
		}

		@Test
		void capsAfterAGroupIncidentOrAManagementViolationOfTheYear() {
			assertThat(status(probe("95").add(incident("GI-1", "P-X", "X", IncidentType.GROUP_INCIDENT, "2024-05-01")),
					YEAR_END, "X")).isEqualTo("STARS_2");
			assertThat(status(probe("95").add(incident("MV-1", null, "X", IncidentType.MANAGEMENT_VIOLATION, "2024-11-01")),
					YEAR_END, "X")).isEqualTo("STARS_2");
		}

		@Test
		void doesNotCapForAnEventOfTheYearBeforeOrOfAnotherCompanyOrAConflict() {
			Facts facts = probe("95").add(incident("AC-0", "P-X", "X", IncidentType.SAFETY_ACCIDENT, "2023-12-31"),
					incident("AC-R", "P-R01", "R01", IncidentType.SAFETY_ACCIDENT, "2024-05-01"),
					incident("CF-1", "P-X", "X", IncidentType.STAFF_OWNER_CONFLICT, "2024-05-01"));

			assertThat(status(facts, YEAR_END, "X")).isEqualTo("STARS_5");
		}

		@Test
		void capsAtTheSecondQuarterOnTheBlackListAndNotAtTheFirst() {
			assertThat(status(world(), Q1_END, "R10")).isEqualTo("STARS_4");
			RuleOutcome r10 = stars(world(), Q2_END).get("R10");
			assertThat(r10.status().value()).isEqualTo("STARS_2");
			assertThat(r10.lines().get(1).reason()).contains("列入黑榜 2 个", "不少于 2 个");
			assertThat(status(world(), YEAR_END, "R08")).isEqualTo("STARS_4");
		}

		@Test
		void listsOneLineForAnAccidentAndTheBlackListTogether() {
			Facts facts = world().add(incident("AC-1", null, "R10", IncidentType.SAFETY_ACCIDENT, "2024-12-01"));

			RuleOutcome r10 = stars(facts, YEAR_END).get("R10");

			assertThat(caps(r10)).containsExactly("STAR-CAP-EVENTS");
			assertThat(r10.lines().get(1).reason()).contains("AC-1", "列入黑榜 4 个");
		}

	}

	@Nested
	class CreditCap {

		@Test
		void capsGradeDAndNotGradeC() {
			Facts gradeC = world().add(deduction("CD-1", "R01", "2024-03-01", "34"));
			Facts gradeD = world().add(deduction("CD-1", "R01", "2024-03-01", "34.01"));

			assertThat(status(gradeC, YEAR_END, "R01")).isEqualTo("STARS_5");
			RuleOutcome r01 = stars(gradeD, YEAR_END).get("R01");
			assertThat(r01.status().value()).isEqualTo("STARS_2");
			assertThat(caps(r01)).containsExactly("STAR-CAP-CREDIT");
			assertThat(r01.lines().get(1).reason()).contains("GRADE_D", "信用分 69.99");
		}

	}

	@Nested
	class Status {

		@Test
		void takesTheLowestCapAndListsEveryCapBelowTheBandInCodeOrder() {
			Facts facts = probe("95", PartyOrg.NONE, ALL_SIX)
				.add(incident("MV-1", null, "X", IncidentType.MANAGEMENT_VIOLATION, "2024-05-01"),
						deduction("CD-1", "X", "2024-04-01", "40"));

			RuleOutcome x = stars(facts, YEAR_END).get("X");

			assertThat(x.status().value()).isEqualTo("STARS_2");
			assertThat(x.lines()).extracting(ScoreLine::code)
				.containsExactly("STAR-SCORE", "STAR-CAP-PARTY", "STAR-CAP-EVENTS", "STAR-CAP-CREDIT");
			assertThat(x.totalPoints()).isEqualByComparingTo("95");
			assertThat(x.status().reason()).contains("五星档", "评为 STARS_2");
		}

		@Test
		void listsOnlyTheCapsBelowTheBand() {
			Facts facts = probe("75", PartyOrg.NONE, ALL_SIX)
				.add(incident("MV-1", null, "X", IncidentType.MANAGEMENT_VIOLATION, "2024-05-01"));

			RuleOutcome x = stars(facts, YEAR_END).get("X");

			assertThat(x.status().value()).isEqualTo("STARS_2");
			assertThat(caps(x)).containsExactly("STAR-CAP-EVENTS");
		}

		@Test
		void readsTheCapLevelsFromTheParameters() {
			Ruleset lenient = FOLDER.ruleset().withValues(Map.of("partyCap", "STARS_4"));

			assertThat(stars(lenient, probe("95", PartyOrg.INSTRUCTOR, ALL_SIX), YEAR_END).get("X").status().value())
				.isEqualTo("STARS_4");
		}

	}

}
