package org.redproperty.rules.zhuzhou;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.Activity;
import org.redproperty.facts.ActivityKind;
import org.redproperty.facts.Committee;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.Disclosures;
import org.redproperty.facts.District;
import org.redproperty.facts.Heart;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The zhuzhou-demo/2023 checklist, rule by rule, on the real rule folder. */
class ZhuzhouDemoRulesTests {

	private static final RulesFolder RULES = ZhuzhouRules.FOLDER;

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	private Facts facts;

	@BeforeEach
	void aProjectThatMeetsEveryItem() {
		this.facts = new Facts().add(new District("D1", "试验区"), new Street("S1", "D1", "试验街道"),
				new Community("C1", "S1", "试验社区"), company(5, PartyOrg.INDEPENDENT),
				project(LocalDate.of(2022, 5, 1), true, true, new Disclosures(true, true, true)),
				committee(CommitteeKind.OWNERS_COMMITTEE, LocalDate.of(2021, 1, 1)), station("I1", "1", "2023-03-01"));
		for (int month = 1; month <= 11; month++) {
			this.facts.add(activity("A-%02d".formatted(month), LocalDate.of(2023, month, 10), 2));
		}
	}

	@Test
	void projectMeetingEveryItemIsACandidate() {
		RuleOutcome outcome = evaluate();
		assertThat(outcome.status().value()).isEqualTo("CANDIDATE");
		assertThat(outcome.gates()).extracting("code")
			.containsExactly("ZZ-BRANCH", "ZZ-COMPANY-PARTY", "ZZ-DISCLOSURE", "ZZ-MANAGER", "ZZ-MONTHLY",
					"ZZ-OWNERS-ORG", "ZZ-STATION");
		assertThat(outcome.gates()).allSatisfy((gate) -> assertThat(gate.clause()).contains("协同治理重点任务"));
	}

	@Test
	void projectFailingOneItemIsNotQualifiedAndNamesIt() {
		this.facts.replace(project(null, true, true, new Disclosures(true, true, true)));
		RuleOutcome outcome = evaluate();
		assertThat(outcome.status().value()).isEqualTo("NOT_QUALIFIED");
		assertThat(outcome.status().reason()).contains("ZZ-BRANCH").doesNotContain("ZZ-MONTHLY");
	}

	@Nested
	class CompanyParty {

		@Test
		void threePartyMembersWithAnIndependentOrganisationPass() {
			facts.replace(company(3, PartyOrg.INDEPENDENT));
			assertThat(gate("ZZ-COMPANY-PARTY")).isTrue();
		}

		@Test
		void threePartyMembersWithOnlyAJointBranchFail() {
			facts.replace(company(3, PartyOrg.JOINT));
			assertThat(gate("ZZ-COMPANY-PARTY")).isFalse();
			assertThat(evaluate().status().value()).isEqualTo("NOT_QUALIFIED");
		}

		@Test
		void twoPartyMembersWithAJointBranchPass() {
			facts.replace(company(2, PartyOrg.JOINT));
			assertThat(gate("ZZ-COMPANY-PARTY")).isTrue();
		}

		@Test
		void twoPartyMembersWithAnInstructorPass() {
			facts.replace(company(2, PartyOrg.INSTRUCTOR));
			assertThat(gate("ZZ-COMPANY-PARTY")).isTrue();
		}

		@Test
		void twoPartyMembersWithoutAnyOrganisationFail() {
			facts.replace(company(2, PartyOrg.NONE));
			assertThat(gate("ZZ-COMPANY-PARTY")).isFalse();
		}

		@Test
		void projectWithoutACompanyFails() {
			facts.replace(new Project("P1", "试验小区", "C1", null, "张经理", true, true, 300, new BigDecimal("0.9"),
					LocalDate.of(2022, 5, 1), new Disclosures(true, true, true)));
			assertThat(gate("ZZ-COMPANY-PARTY")).isFalse();
		}

	}

	@Nested
	class Branch {

		@Test
		void branchEstablishedOnTheEvaluationDatePasses() {
			facts.replace(project(AS_OF, true, true, new Disclosures(true, true, true)));
			assertThat(gate("ZZ-BRANCH")).isTrue();
		}

		@Test
		void branchEstablishedTheDayAfterFails() {
			facts.replace(project(AS_OF.plusDays(1), true, true, new Disclosures(true, true, true)));
			assertThat(gate("ZZ-BRANCH")).isFalse();
		}

		@Test
		void noBranchFails() {
			facts.replace(project(null, true, true, new Disclosures(true, true, true)));
			assertThat(gate("ZZ-BRANCH")).isFalse();
		}

	}

	@Nested
	class Manager {

		@Test
		void partyMemberManagerOnTheBranchCommitteePasses() {
			assertThat(gate("ZZ-MANAGER")).isTrue();
		}

		@Test
		void partyMemberManagerNotOnTheCommitteeFails() {
			facts.replace(project(LocalDate.of(2022, 5, 1), true, false, new Disclosures(true, true, true)));
			assertThat(gate("ZZ-MANAGER")).isFalse();
			assertThat(evaluate().gate("ZZ-MANAGER").reason()).contains("未兼任");
		}

		@Test
		void managerWhoIsNoPartyMemberFails() {
			facts.replace(project(LocalDate.of(2022, 5, 1), false, false, new Disclosures(true, true, true)));
			assertThat(gate("ZZ-MANAGER")).isFalse();
		}

	}

	@Nested
	class OwnersOrg {

		@Test
		void anAutonomyCommitteeCounts() {
			facts.replace(committee(CommitteeKind.AUTONOMY_COMMITTEE, LocalDate.of(2023, 2, 1)));
			assertThat(gate("ZZ-OWNERS-ORG")).isTrue();
		}

		@Test
		void aManagementCommitteeEstablishedOnTheEvaluationDateCounts() {
			facts.replace(committee(CommitteeKind.MANAGEMENT_COMMITTEE, AS_OF));
			assertThat(gate("ZZ-OWNERS-ORG")).isTrue();
		}

		@Test
		void aCommitteeEstablishedAfterTheEvaluationDateDoesNotCount() {
			facts.replace(committee(CommitteeKind.OWNERS_COMMITTEE, AS_OF.plusDays(1)));
			assertThat(gate("ZZ-OWNERS-ORG")).isFalse();
		}

		@Test
		void noCommitteeFails() {
			facts.remove(Committee.class::isInstance);
			assertThat(gate("ZZ-OWNERS-ORG")).isFalse();
		}

	}

	@Nested
	class Monthly {

		@Test
		void anActivityWithAPhotoInEveryMonthPasses() {
			assertThat(evaluate().gate("ZZ-MONTHLY")).satisfies((gate) -> {
				assertThat(gate.passed()).isTrue();
				assertThat(gate.actual()).isEqualByComparingTo("11");
				assertThat(gate.required()).isEqualByComparingTo("11");
			});
		}

		@Test
		void aMissingMonthFailsAndIsNamed() {
			facts.remove((f) -> f.id().equals("A-03"));
			assertThat(evaluate().gate("ZZ-MONTHLY")).satisfies((gate) -> {
				assertThat(gate.passed()).isFalse();
				assertThat(gate.gap()).isEqualByComparingTo("1");
				assertThat(gate.reason()).contains("缺 3月");
			});
		}

		@Test
		void anActivityWithoutAPhotoDoesNotCoverItsMonth() {
			facts.replace(activity("A-05", LocalDate.of(2023, 5, 10), 0));
			assertThat(evaluate().gate("ZZ-MONTHLY").reason()).contains("缺 5月");
			assertThat(gate("ZZ-MONTHLY")).isFalse();
		}

		@Test
		void anActivityWithOnePhotoIsEnough() {
			facts.replace(activity("A-05", LocalDate.of(2023, 5, 10), 1));
			assertThat(gate("ZZ-MONTHLY")).isTrue();
		}

		@Test
		void midMonthTheCurrentMonthNeedsAnActivityAlreadyHeld() {
			LocalDate midJune = LocalDate.of(2023, 6, 15);
			RuleOutcome held = RULES.evaluate(SubjectType.PROJECT, "P1", midJune, facts.dataset());
			assertThat(held.gate("ZZ-MONTHLY").passed()).isTrue();
			assertThat(held.gate("ZZ-MONTHLY").required()).isEqualByComparingTo("6");

			facts.replace(activity("A-06", LocalDate.of(2023, 6, 16), 2));
			RuleOutcome notYet = RULES.evaluate(SubjectType.PROJECT, "P1", midJune, facts.dataset());
			assertThat(notYet.gate("ZZ-MONTHLY").passed()).isFalse();
			assertThat(notYet.gate("ZZ-MONTHLY").reason()).contains("缺 6月");
		}

		@Test
		void anActivityOfThePreviousYearDoesNotCoverJanuary() {
			facts.replace(activity("A-01", LocalDate.of(2022, 1, 10), 2));
			assertThat(evaluate().gate("ZZ-MONTHLY").reason()).contains("缺 1月");
		}

	}

	@Nested
	class Disclosure {

		@Test
		void allThreeDisclosedPass() {
			assertThat(gate("ZZ-DISCLOSURE")).isTrue();
		}

		@Test
		void publicIncomeNotDisclosedFails() {
			facts.replace(project(LocalDate.of(2022, 5, 1), true, true, new Disclosures(true, true, false)));
			assertThat(gate("ZZ-DISCLOSURE")).isFalse();
			assertThat(evaluate().gate("ZZ-DISCLOSURE").reason()).isEqualTo("未公开：小区公共收益");
		}

		@Test
		void unknownDisclosuresFail() {
			facts.replace(project(LocalDate.of(2022, 5, 1), true, true, null));
			assertThat(gate("ZZ-DISCLOSURE")).isFalse();
		}

	}

	@Nested
	class Station {

		@Test
		void stationAtStandardPasses() {
			assertThat(gate("ZZ-STATION")).isTrue();
		}

		@Test
		void stationBelowStandardFails() {
			facts.replace(station("I1", "0", "2023-03-01"));
			assertThat(gate("ZZ-STATION")).isFalse();
		}

		@Test
		void missingIndicatorFails() {
			facts.remove(Indicator.class::isInstance);
			assertThat(gate("ZZ-STATION")).isFalse();
		}

		@Test
		void theLatestMeasureCounts() {
			facts.add(station("I2", "0", "2023-09-01"));
			assertThat(gate("ZZ-STATION")).isFalse();
		}

		@Test
		void aMeasureTakenAfterTheEvaluationDateIsIgnored() {
			facts.add(station("I2", "0", "2023-12-01"));
			assertThat(gate("ZZ-STATION")).isTrue();
		}

	}

	private RuleOutcome evaluate() {
		return RULES.evaluate(SubjectType.PROJECT, "P1", AS_OF, this.facts.dataset());
	}

	private boolean gate(String code) {
		return evaluate().gate(code).passed();
	}

	private static Company company(int partyMembers, PartyOrg org) {
		return new Company("CO1", "试验物业", "91350100M000100Y43", 30, partyMembers, org, LocalDate.of(2020, 1, 1),
				null, LocalDate.of(2018, 1, 1));
	}

	private static Project project(LocalDate branch, boolean managerIsPartyMember, boolean onCommittee,
			Disclosures disclosures) {
		return new Project("P1", "试验小区", "C1", "CO1", "张经理", managerIsPartyMember, onCommittee, 300,
				new BigDecimal("0.9"), branch, disclosures);
	}

	private static Committee committee(CommitteeKind kind, LocalDate established) {
		return new Committee("K1", "P1", kind, established, 5, 2, true, true);
	}

	private static Activity activity(String id, LocalDate date, int photos) {
		return new Activity(id, "P1", date, "物业服务中心", Heart.NUANXIN, ActivityKind.ACTIVITY, "月度主题活动", "", photos, 3);
	}

	private static Indicator station(String id, String value, String asOf) {
		return new Indicator(id, SubjectType.PROJECT, "P1", "PARTY_STATION_STANDARD", new BigDecimal(value),
				LocalDate.parse(asOf));
	}

}
