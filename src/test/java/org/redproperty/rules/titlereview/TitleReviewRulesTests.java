package org.redproperty.rules.titlereview;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.ScoreLine;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.ruleset.Parameters;
import org.redproperty.ruleset.Publishing;
import org.redproperty.ruleset.RulesetManifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.titlereview.TitleReviewWorld.AS_OF;
import static org.redproperty.rules.titlereview.TitleReviewWorld.COMPLETE;
import static org.redproperty.rules.titlereview.TitleReviewWorld.FOLDER;
import static org.redproperty.rules.titlereview.TitleReviewWorld.GRANTED;
import static org.redproperty.rules.titlereview.TitleReviewWorld.company;
import static org.redproperty.rules.titlereview.TitleReviewWorld.gold;
import static org.redproperty.rules.titlereview.TitleReviewWorld.incident;
import static org.redproperty.rules.titlereview.TitleReviewWorld.title;

/** title-review/2020 for one company holding the 2019 金牌红色物业 title, rule by rule, with the boundaries of §10. */
class TitleReviewRulesTests {

	private Facts facts;

	@BeforeEach
	void aHolderWithNothingAgainstIt() {
		this.facts = TitleReviewWorld.holder(TitleReviewWorld.district(), "K1");
	}

	@Test
	void aHolderWithoutAnyReasonKeepsItsTitleWithEveryGatePassedAndNoLine() {
		RuleOutcome outcome = evaluate();
		assertThat(outcome.status().value()).isEqualTo("TITLE_KEPT");
		assertThat(outcome.status().reason()).contains("T-K1");
		assertThat(outcome.lines()).isEmpty();
		assertThat(outcome.gates()).extracting(GateResult::code)
			.containsExactly("TR-EVENTS", "TR-HOLDER", "TR-LAW", "TR-PARTY");
		assertThat(outcome.gates()).allSatisfy((gate) -> {
			assertThat(gate.passed()).isTrue();
			assertThat(gate.clause()).startsWith("老旧小区“红色物业”典型经验 篇二 附件一 二之四");
		});
	}

	@Test
	void publishingRevokesTheTitleTheReviewReads() {
		RulesetManifest manifest = FOLDER.ruleset().manifest();
		Parameters params = new Parameters(manifest.parameters());
		Publishing.Revocation revokes = manifest.publish().revokes();
		assertThat(revokes.status()).isEqualTo("TITLE_REVOKED");
		assertThat(revokes.scheme()).isEqualTo(params.text("reviewedScheme"));
		assertThat(revokes.title()).isEqualTo(params.text("reviewedTitle"));
		assertThat(revokes.year(params)).isEqualTo(params.integer("reviewedYear")).isEqualTo(manifest.year() - 1);
		assertThat(manifest.publish().statuses()).isEmpty();
	}

	@Nested
	class Window {

		@Test
		void theLastDayOfJuneIsWithinTheReview() {
			assertThat(evaluate(LocalDate.of(2020, 6, 30)).status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void theFirstDayOfTheYearIsWithinTheReview() {
			assertThat(evaluate(LocalDate.of(2020, 1, 1)).status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void theFirstOfJulyIsOutsideAndGivesNothingElse() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, LocalDate.of(2020, 3, 1)));
			RuleOutcome outcome = evaluate(LocalDate.of(2020, 7, 1));
			assertThat(outcome.status().value()).isEqualTo("OUTSIDE_REVIEW_WINDOW");
			assertThat(outcome.status().reason()).contains("2020-01-01").contains("2020-06-30");
			assertNothingElse(outcome);
		}

		@Test
		void theLastDayOfThePreviousYearIsOutside() {
			RuleOutcome outcome = evaluate(LocalDate.of(2019, 12, 31));
			assertThat(outcome.status().value()).isEqualTo("OUTSIDE_REVIEW_WINDOW");
			assertNothingElse(outcome);
		}

		@Test
		void aCompanyWithoutTitleOutsideTheWindowIsOutsideToo() {
			facts.remove((f) -> f.id().equals("T-K1"));
			assertThat(evaluate(LocalDate.of(2020, 7, 1)).status().value()).isEqualTo("OUTSIDE_REVIEW_WINDOW");
		}

		private void assertNothingElse(RuleOutcome outcome) {
			assertThat(outcome.gates()).isEmpty();
			assertThat(outcome.lines()).isEmpty();
			assertThat(outcome.findings()).isEmpty();
			assertThat(outcome.trace()).extracting("code").containsOnly("TR-WINDOW");
		}

	}

	@Nested
	class Holder {

		@Test
		void aTitleRevokedBeforeTheEvaluationDateIsNotHeld() {
			facts.replace(gold("T-K1", "K1", GRANTED, AS_OF.minusDays(1)));
			assertNoTitle(evaluate());
		}

		@Test
		void aTitleRevokedOnTheEvaluationDateIsNotHeldThatDay() {
			facts.replace(gold("T-K1", "K1", GRANTED, AS_OF));
			assertNoTitle(evaluate());
		}

		@Test
		void aTitleRevokedAfterTheEvaluationDateIsStillHeld() {
			facts.replace(gold("T-K1", "K1", GRANTED, AS_OF.plusDays(1)));
			assertThat(evaluate().status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void aGoldTitleOf2018IsNotTheOneReviewed() {
			facts.replace(title("T-K1", "K1", "gold-red-property", 2018, "GOLD", LocalDate.of(2018, 12, 28), null));
			assertNoTitle(evaluate());
		}

		@Test
		void aTitleOfAnotherSchemeIsNotTheOneReviewed() {
			facts.replace(title("T-K1", "K1", "red-black-list", 2019, "GOLD", GRANTED, null));
			assertNoTitle(evaluate());
		}

		@Test
		void anotherTitleOfTheGoldSchemeIsNotTheOneReviewed() {
			facts.replace(title("T-K1", "K1", "gold-red-property", 2019, "SHORTLISTED", GRANTED, null));
			assertNoTitle(evaluate());
		}

		@Test
		void aTitleGrantedAfterTheEvaluationDateIsNotHeldYet() {
			facts.replace(gold("T-K1", "K1", AS_OF.plusDays(1), null));
			assertNoTitle(evaluate());
		}

		@Test
		void aTitleGrantedOnTheEvaluationDateIsHeld() {
			facts.replace(gold("T-K1", "K1", AS_OF, null));
			assertThat(evaluate().gate("TR-HOLDER").passed()).isTrue();
		}

		@Test
		void anotherCompanysTitleIsNotHeld() {
			facts.replace(gold("T-K1", "K2", GRANTED, null));
			assertNoTitle(evaluate());
		}

		private void assertNoTitle(RuleOutcome outcome) {
			assertThat(outcome.status().value()).isEqualTo("NO_TITLE");
			assertThat(outcome.gates()).extracting(GateResult::code).containsExactly("TR-HOLDER");
			assertThat(outcome.gate("TR-HOLDER").passed()).isFalse();
			assertThat(outcome.gate("TR-HOLDER").reason()).contains("2019 年度 gold-red-property").contains("GOLD");
			assertThat(outcome.lines()).isEmpty();
		}

	}

	@Nested
	class Party {

		@Test
		void aJointBranchWithTheSixItemsKeepsTheTitle() {
			facts.replace(company("K1", PartyOrg.JOINT, COMPLETE));
			assertThat(evaluate().gate("TR-PARTY").passed()).isTrue();
		}

		@Test
		void aPartyOrganisationThatBecameAnInstructorRevokes() {
			facts.replace(company("K1", PartyOrg.INSTRUCTOR, COMPLETE));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.gate("TR-PARTY").passed()).isFalse();
			assertThat(outcome.gate("TR-PARTY").reason()).contains("仅选派党建指导员");
			assertRevokedFor(outcome, "TR-PARTY");
		}

		@Test
		void oneOfTheSixItemsFalseRevokesNamingIt() {
			facts.replace(company("K1", PartyOrg.INDEPENDENT, new PartyOrgChecklist(true, true, true, true, false, true)));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.gate("TR-PARTY").passed()).isFalse();
			assertThat(outcome.gate("TR-PARTY").reason()).contains("支部工作计划").doesNotContain("党旗");
			assertRevokedFor(outcome, "TR-PARTY");
			assertThat(outcome.lines().get(0).reason()).contains("支部工作计划");
		}

	}

	@Nested
	class Events {

		@Test
		void anAccidentOnTheGrantDayIsNotAfterIt() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, GRANTED));
			assertThat(evaluate().gate("TR-EVENTS").passed()).isTrue();
			assertThat(evaluate().status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void anAccidentTheDayAfterTheGrantRevokesNamingIt() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, GRANTED.plusDays(1)));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.gate("TR-EVENTS").passed()).isFalse();
			assertThat(outcome.gate("TR-EVENTS").reason()).contains("E1（2019-12-29）");
			assertThat(outcome.gate("TR-EVENTS").evidence()).containsExactly("E1");
			assertRevokedFor(outcome, "TR-EVENTS");
		}

		@Test
		void aGroupIncidentBeforeTheWindowButAfterTheGrantRevokes() {
			facts.add(incident("E1", "K1", IncidentType.GROUP_INCIDENT, LocalDate.of(2019, 12, 31)));
			assertRevokedFor(evaluate(), "TR-EVENTS");
		}

		@Test
		void anAccidentBeforeTheGrantIsIgnored() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, LocalDate.of(2019, 5, 1)));
			assertThat(evaluate().status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void anAccidentOnTheEvaluationDateCounts() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, AS_OF));
			assertThat(evaluate().gate("TR-EVENTS").passed()).isFalse();
		}

		@Test
		void anAccidentAfterTheEvaluationDateDoesNotExistYet() {
			facts.add(incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, AS_OF.plusDays(1)));
			assertThat(evaluate().gate("TR-EVENTS").passed()).isTrue();
		}

		@Test
		void anotherCompanysAccidentAndAConflictAreIgnored() {
			facts.add(incident("E1", "K2", IncidentType.SAFETY_ACCIDENT, LocalDate.of(2020, 3, 1)),
					incident("E2", "K1", IncidentType.STAFF_OWNER_CONFLICT, LocalDate.of(2020, 3, 1)));
			assertThat(evaluate().status().value()).isEqualTo("TITLE_KEPT");
		}

	}

	@Nested
	class Law {

		@Test
		void aViolationAfterTheGrantRevokesNamingIt() {
			facts.add(incident("V1", "K1", IncidentType.MANAGEMENT_VIOLATION, LocalDate.of(2020, 2, 3)));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.gate("TR-LAW").reason()).contains("V1（2020-02-03）");
			assertRevokedFor(outcome, "TR-LAW");
		}

		@Test
		void aViolationBeforeTheGrantIsIgnored() {
			facts.add(incident("V1", "K1", IncidentType.MANAGEMENT_VIOLATION, LocalDate.of(2019, 11, 30)));
			assertThat(evaluate().gate("TR-LAW").passed()).isTrue();
			assertThat(evaluate().status().value()).isEqualTo("TITLE_KEPT");
		}

		@Test
		void aViolationOnTheGrantDayIsIgnored() {
			facts.add(incident("V1", "K1", IncidentType.MANAGEMENT_VIOLATION, GRANTED));
			assertThat(evaluate().gate("TR-LAW").passed()).isTrue();
		}

	}

	@Nested
	class Status {

		@Test
		void severalReasonsAreALineEachInTheOrderOfTheCodes() {
			facts.replace(company("K1", PartyOrg.NONE, COMPLETE));
			facts.add(incident("V1", "K1", IncidentType.MANAGEMENT_VIOLATION, LocalDate.of(2020, 1, 10)),
					incident("E2", "K1", IncidentType.GROUP_INCIDENT, LocalDate.of(2020, 4, 1)),
					incident("E1", "K1", IncidentType.SAFETY_ACCIDENT, LocalDate.of(2020, 2, 1)));
			RuleOutcome outcome = evaluate();
			assertThat(outcome.status().value()).isEqualTo("TITLE_REVOKED");
			assertThat(outcome.lines()).extracting(ScoreLine::reason)
				.satisfiesExactly((party) -> assertThat(party).startsWith("取消称号理由（TR-PARTY）").contains("无党组织"),
						(events) -> assertThat(events).startsWith("取消称号理由（TR-EVENTS）")
							.contains("2 起")
							.contains("E1（2020-02-01）、E2（2020-04-01）"),
						(law) -> assertThat(law).startsWith("取消称号理由（TR-LAW）").contains("V1（2020-01-10）"));
			assertThat(outcome.lines()).allSatisfy((line) -> {
				assertThat(line.code()).isEqualTo("TR-STATUS");
				assertThat(line.points()).isZero();
			});
			assertThat(outcome.status().reason()).contains("T-K1")
				.containsSubsequence("无党组织", "E1（2020-02-01）", "V1（2020-01-10）");
		}

	}

	private static void assertRevokedFor(RuleOutcome outcome, String code) {
		assertThat(outcome.status().value()).isEqualTo("TITLE_REVOKED");
		assertThat(outcome.lines()).singleElement().satisfies((line) -> {
			assertThat(line.reason()).startsWith("取消称号理由（" + code + "）");
			assertThat(line.clause()).contains("附件一 二之四");
		});
		assertThat(outcome.gates().stream().filter((g) -> !g.passed()).map(GateResult::code)).containsExactly(code);
	}

	private RuleOutcome evaluate() {
		return evaluate(AS_OF);
	}

	private RuleOutcome evaluate(LocalDate asOf) {
		return FOLDER.evaluate(SubjectType.COMPANY, "K1", asOf, this.facts.dataset());
	}

}
