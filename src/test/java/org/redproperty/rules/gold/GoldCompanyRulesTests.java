package org.redproperty.rules.gold;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.Assessment;
import org.redproperty.facts.AssessmentLevel;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.Survey;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.gold.GoldWorld.AS_OF;
import static org.redproperty.rules.gold.GoldWorld.COMPLETE;
import static org.redproperty.rules.gold.GoldWorld.assessment;
import static org.redproperty.rules.gold.GoldWorld.company;
import static org.redproperty.rules.gold.GoldWorld.incident;
import static org.redproperty.rules.gold.GoldWorld.survey;

/** gold-red-property/2019 for one company: exclusions, gates and the combined score, rule by rule. */
class GoldCompanyRulesTests {

	private Facts facts;

	@BeforeEach
	void aCompanyThatPassesEverything() {
		this.facts = GoldWorld.scored(GoldWorld.districts(), "G1", "90", "84");
	}

	@Test
	void companyPassingEverythingIsShortlistedWithItsCombinedScoreAndNoRank() {
		RuleOutcome outcome = evaluate();
		assertThat(outcome.status().value()).isEqualTo("SHORTLISTED");
		assertThat(outcome.totalPoints()).isEqualByComparingTo("87");
		assertThat(outcome.rank()).isNull();
		assertThat(outcome.lines()).extracting("code").containsOnly("GOLD-SCORE");
		assertThat(outcome.gates()).extracting("code")
			.containsExactly("GOLD-LAW", "GOLD-PARTY", "GOLD-SAFETY", "GOLD-SAT", "GOLD-SCORE", "GOLD-STREET",
					"GOLD-TENURE");
		assertThat(outcome.gates()).allSatisfy((gate) -> assertThat(gate.clause()).contains("金牌红色物业”评选方案"));
	}

	@Nested
	class Tenure {

		@Test
		void exactlyOneYearToTheDayIsEnough() {
			facts.replace(company("G1", PartyOrg.INDEPENDENT, COMPLETE, AS_OF.minusYears(1)));
			assertThat(gate("GOLD-TENURE")).isTrue();
		}

		@Test
		void oneDayShortOfAYearExcludes() {
			facts.replace(company("G1", PartyOrg.INDEPENDENT, COMPLETE, AS_OF.minusYears(1).plusDays(1)));
			assertThat(gate("GOLD-TENURE")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("INELIGIBLE");
		}

	}

	@Nested
	class Party {

		@Test
		void jointBranchWithTheSixItemsPasses() {
			facts.replace(company("G1", PartyOrg.JOINT, COMPLETE, LocalDate.of(2017, 1, 1)));
			assertThat(gate("GOLD-PARTY")).isTrue();
		}

		@Test
		void onlyAnInstructorExcludes() {
			facts.replace(company("G1", PartyOrg.INSTRUCTOR, COMPLETE, LocalDate.of(2017, 1, 1)));
			assertThat(gate("GOLD-PARTY")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("INELIGIBLE");
		}

		@Test
		void oneMissingItemOfTheSixExcludes() {
			facts.replace(company("G1", PartyOrg.INDEPENDENT,
					new PartyOrgChecklist(true, false, true, true, true, true), LocalDate.of(2017, 1, 1)));
			assertThat(evaluate().gate("GOLD-PARTY")).satisfies((gate) -> {
				assertThat(gate.passed()).isFalse();
				assertThat(gate.reason()).contains("党旗");
			});
		}

		@Test
		void anUnreportedChecklistExcludes() {
			facts.replace(company("G1", PartyOrg.INDEPENDENT, null, LocalDate.of(2017, 1, 1)));
			assertThat(gate("GOLD-PARTY")).isFalse();
		}

	}

	@Nested
	class Safety {

		@Test
		void aSafetyAccidentThisYearExcludes() {
			facts.add(incident("E1", "G1", IncidentType.SAFETY_ACCIDENT, "2019-03-01"));
			assertThat(gate("GOLD-SAFETY")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("INELIGIBLE");
		}

		@Test
		void aGroupIncidentOnTheEvaluationDateExcludes() {
			facts.add(incident("E1", "G1", IncidentType.GROUP_INCIDENT, AS_OF.toString()));
			assertThat(gate("GOLD-SAFETY")).isFalse();
		}

		@Test
		void anAccidentOfThePreviousCalendarYearIsIgnored() {
			facts.add(incident("E1", "G1", IncidentType.SAFETY_ACCIDENT, "2018-12-31"));
			assertThat(gate("GOLD-SAFETY")).isTrue();
		}

		@Test
		void anAccidentAfterTheEvaluationDateIsIgnored() {
			facts.add(incident("E1", "G1", IncidentType.SAFETY_ACCIDENT, AS_OF.plusDays(1).toString()));
			assertThat(gate("GOLD-SAFETY")).isTrue();
		}

		@Test
		void aStaffConflictIsNoExclusion() {
			facts.add(incident("E1", "G1", IncidentType.STAFF_OWNER_CONFLICT, "2019-05-01"));
			assertThat(evaluate().status().value()).isEqualTo("SHORTLISTED");
		}

	}

	@Nested
	class Law {

		@Test
		void aManagementViolationThisYearExcludes() {
			facts.add(incident("E1", "G1", IncidentType.MANAGEMENT_VIOLATION, "2019-01-01"));
			assertThat(gate("GOLD-LAW")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("INELIGIBLE");
		}

		@Test
		void aViolationOfThePreviousYearIsIgnored() {
			facts.add(incident("E1", "G1", IncidentType.MANAGEMENT_VIOLATION, "2018-12-31"));
			assertThat(gate("GOLD-LAW")).isTrue();
		}

		@Test
		void aViolationAfterTheEvaluationDateIsIgnored() {
			facts.add(incident("E1", "G1", IncidentType.MANAGEMENT_VIOLATION, "2019-12-21"));
			assertThat(gate("GOLD-LAW")).isTrue();
		}

	}

	@Nested
	class Satisfaction {

		@Test
		void weightedMeanBelow80FailsThoughThePlainMeanIsAbove() {
			surveys(survey("SV-1", "G1", 100, "75", "2019-05-01"), survey("SV-2", "G1", 10, "90", "2019-06-01"));
			assertThat(evaluate().gate("GOLD-SAT")).satisfies((gate) -> {
				assertThat(gate.passed()).isFalse();
				assertThat(gate.actual()).isEqualByComparingTo("76.3636");
				assertThat(gate.reason()).contains("82.5");
			});
			assertThat(evaluate().status().value()).isEqualTo("BELOW_THRESHOLD");
		}

		@Test
		void weightedMeanAbove80PassesThoughThePlainMeanIsBelow() {
			surveys(survey("SV-1", "G1", 10, "70", "2019-05-01"), survey("SV-2", "G1", 100, "85", "2019-06-01"));
			assertThat(evaluate().gate("GOLD-SAT")).satisfies((gate) -> {
				assertThat(gate.passed()).isTrue();
				assertThat(gate.actual()).isEqualByComparingTo("83.6363");
			});
		}

		@Test
		void weightedMeanOfExactly80Passes() {
			surveys(survey("SV-1", "G1", 3, "79", "2019-05-01"), survey("SV-2", "G1", 1, "83", "2019-06-01"));
			assertThat(gate("GOLD-SAT")).isTrue();
		}

		@Test
		void weightedMeanJustBelow80Fails() {
			surveys(survey("SV-1", "G1", 3, "79", "2019-05-01"), survey("SV-2", "G1", 1, "82.99", "2019-06-01"));
			assertThat(gate("GOLD-SAT")).isFalse();
		}

		@Test
		void noSurveyThisYearFails() {
			surveys(survey("SV-1", "G1", 100, "95", "2018-12-31"), survey("SV-2", "G1", 100, "95", "2019-12-21"));
			assertThat(evaluate().gate("GOLD-SAT")).satisfies((gate) -> {
				assertThat(gate.passed()).isFalse();
				assertThat(gate.evidence()).isEmpty();
			});
		}

		private void surveys(Survey... surveys) {
			facts.remove(Survey.class::isInstance).add(surveys);
		}

	}

	@Nested
	class Street {

		@Test
		void streetTotalOf80Passes() {
			streetAssessments(assessment("AS-1", "G1", AssessmentLevel.STREET, "80", "2019-10-01"));
			assertThat(gate("GOLD-STREET")).isTrue();
		}

		@Test
		void streetTotalJustBelow80Fails() {
			streetAssessments(assessment("AS-1", "G1", AssessmentLevel.STREET, "79.99", "2019-10-01"));
			assertThat(gate("GOLD-STREET")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("BELOW_THRESHOLD");
		}

		@Test
		void severalStreetAssessmentsAreAveraged() {
			streetAssessments(assessment("AS-1", "G1", AssessmentLevel.STREET, "78", "2019-10-01"),
					assessment("AS-2", "G1", AssessmentLevel.STREET, "82", "2019-10-02"));
			assertThat(evaluate().gate("GOLD-STREET").actual()).isEqualByComparingTo("80");
			assertThat(evaluate().totalPoints()).isEqualByComparingTo("82");
		}

		@Test
		void noStreetAssessmentFails() {
			streetAssessments();
			assertThat(gate("GOLD-STREET")).isFalse();
		}

		private void streetAssessments(Assessment... assessments) {
			facts.remove((f) -> f instanceof Assessment a && a.level() == AssessmentLevel.STREET).add(assessments);
		}

	}

	@Nested
	class Score {

		@Test
		void combinedScoreWeighsStreetAndDistrictFiveToFive() {
			facts.remove((f) -> f instanceof Assessment).add(
					assessment("AS-1", "G1", AssessmentLevel.STREET, "85.5", "2019-10-01"),
					assessment("AD-1", "G1", AssessmentLevel.DISTRICT, "92", "2019-11-01"));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.totalPoints()).isEqualByComparingTo("88.75");
			assertThat(outcome.lines()).extracting("points").map(Object::toString).containsExactly("42.75", "46");
		}

		@Test
		void withoutADistrictAssessmentTheCompanyCannotBeRanked() {
			facts.remove((f) -> f instanceof Assessment a && a.level() == AssessmentLevel.DISTRICT);
			RuleOutcome outcome = evaluate();
			assertThat(outcome.gate("GOLD-SCORE").passed()).isFalse();
			assertThat(outcome.status().value()).isEqualTo("BELOW_THRESHOLD");
			assertThat(outcome.lines()).isEmpty();
		}

		@Test
		void aDistrictAssessmentOfThePreviousYearDoesNotCount() {
			facts.remove((f) -> f instanceof Assessment a && a.level() == AssessmentLevel.DISTRICT)
				.add(assessment("AD-1", "G1", AssessmentLevel.DISTRICT, "95", "2018-11-01"));
			assertThat(gate("GOLD-SCORE")).isFalse();
		}

	}

	private RuleOutcome evaluate() {
		return GoldRules.FOLDER.evaluate(SubjectType.COMPANY, "G1", AS_OF, this.facts.dataset());
	}

	private boolean gate(String code) {
		return evaluate().gate(code).passed();
	}

}
