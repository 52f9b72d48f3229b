package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;

/**
 * District targets HQ-T-COMMITTEE (78%), HQ-T-COMPANY-PARTY (92%), HQ-T-COMMITTEE-PARTY (90%), HQ-T-PROFESSIONAL
 * (92%), HQ-T-SMART (two indicators, 0.90 each) and HQ-T-NO-EMPTY. Ratios are compared exactly and shown as
 * decimals.
 */
class TargetsRulesTests {

	private static final String USAGE = "SMART_PROPERTY_COMPANY_USAGE";

	private static final String REGISTRATION = "SMART_PROPERTY_RESIDENT_REGISTRATION";

	/**
	 * A district D1 meeting every target: {@code projects} projects T01… in C1, all served by CO1 (联合党支部), each
	 * with an owners' committee KT01… that has a party organisation; both smart-property indicators at 0.95.
	 */
	private static Hongqi365Facts district(int projects) {
		Hongqi365Facts facts = world().districtIndicator("X-U1", "D1", USAGE, "0.95", LocalDate.of(2023, 10, 31))
			.districtIndicator("X-R1", "D1", REGISTRATION, "0.95", LocalDate.of(2023, 10, 31));
		for (int i = 1; i <= projects; i++) {
			String id = projectId(i);
			facts.project(id, "C1", "CO1", Hongqi365Facts.PARTY_ORG_ESTABLISHED)
				.ownersCommittee("K" + id, id, LocalDate.of(2022, 1, 1), true);
		}
		return facts;
	}

	private static String projectId(int i) {
		return String.format("T%02d", i);
	}

	private static RuleOutcome evaluate(Hongqi365Facts facts) {
		return evaluate(facts, ACCEPTANCE);
	}

	private static RuleOutcome evaluate(Hongqi365Facts facts, LocalDate asOf) {
		return Hongqi365Rules.evaluate(SubjectType.DISTRICT, "D1", asOf, facts);
	}

	@Test
	void meetsEveryTargetInTheBaseDistrict() {
		RuleOutcome outcome = evaluate(district(10));

		assertThat(outcome.status().value()).isEqualTo("TARGETS_MET");
		assertThat(outcome.status().code()).isEqualTo("HQ-T-STATUS");
		assertThat(outcome.gates()).extracting(GateResult::code)
			.containsExactly("HQ-T-COMMITTEE", "HQ-T-COMMITTEE-PARTY", "HQ-T-COMPANY-PARTY", "HQ-T-NO-EMPTY",
					"HQ-T-PROFESSIONAL", "HQ-T-SMART-COMPANY-USAGE", "HQ-T-SMART-RESIDENT-REGISTRATION");
		assertThat(outcome.gates()).allMatch(GateResult::passed);
	}

	@Nested
	class OwnersCommittees {

		@Test
		void meetsSeventyEightPercentWithThirtyNineOfFifty() {
			Hongqi365Facts facts = district(50);
			for (int i = 40; i <= 50; i++) {
				facts.withoutCommittees(projectId(i));
			}
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-COMMITTEE"), true, "0.78", "0.78", "0");
			assertThat(outcome.gate("HQ-T-COMMITTEE").reason()).contains("39/50", "78%");
			assertThat(outcome.gate("HQ-T-COMMITTEE").evidence()).hasSize(39).contains("T01", "T39").doesNotContain("T40");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MET");
		}

		@Test
		void missesItWithThirtyEightOfFifty() {
			Hongqi365Facts facts = district(50);
			for (int i = 39; i <= 50; i++) {
				facts.withoutCommittees(projectId(i));
			}
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-COMMITTEE"), false, "0.78", "0.76", "0.02");
			assertThat(outcome.gate("HQ-T-COMMITTEE").reason()).contains("38/50", "76%", "差 2%");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MISSED");
			assertThat(outcome.status().reason()).isEqualTo("未完成的目标：HQ-T-COMMITTEE");
		}

		@Test
		void countsOnlyOwnersCommitteesEstablishedByTheEvaluationDate() {
			Hongqi365Facts facts = district(50);
			for (int i = 39; i <= 50; i++) {
				facts.withoutCommittees(projectId(i));
			}
			facts.ownersCommittee("K-LATE", "T39", ACCEPTANCE.plusDays(1), true)
				.committee("K-MGMT", "T40", CommitteeKind.MANAGEMENT_COMMITTEE, LocalDate.of(2022, 1, 1), true);

			assertGate(evaluate(facts).gate("HQ-T-COMMITTEE"), false, "0.78", "0.76", "0.02");
			facts.ownersCommittee("K-ONTIME", "T41", ACCEPTANCE, true);
			assertGate(evaluate(facts).gate("HQ-T-COMMITTEE"), true, "0.78", "0.78", "0");
		}

	}

	@Nested
	class CommitteeParty {

		@Test
		void meetsNinetyPercentWithFortyFiveOfFifty() {
			Hongqi365Facts facts = district(50);
			for (int i = 46; i <= 50; i++) {
				facts.withoutCommittees(projectId(i)).ownersCommittee("K" + projectId(i), projectId(i),
						LocalDate.of(2022, 1, 1), false);
			}
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-COMMITTEE-PARTY"), true, "0.9", "0.9", "0");
			assertThat(outcome.gate("HQ-T-COMMITTEE-PARTY").evidence()).hasSize(45).doesNotContain("KT46");
		}

		@Test
		void missesItWithFortyFourOfFifty() {
			Hongqi365Facts facts = district(50);
			for (int i = 45; i <= 50; i++) {
				facts.withoutCommittees(projectId(i)).ownersCommittee("K" + projectId(i), projectId(i),
						LocalDate.of(2022, 1, 1), false);
			}
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-COMMITTEE-PARTY"), false, "0.9", "0.88", "0.02");
			assertThat(outcome.gate("HQ-T-COMMITTEE-PARTY").reason()).contains("44/50");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MISSED");
		}

		@Test
		void countsCommitteesNotProjects() {
			Hongqi365Facts facts = district(10);
			for (int i = 1; i <= 5; i++) {
				facts.withoutCommittees(projectId(i));
			}
			facts.ownersCommittee("KX", "T06", LocalDate.of(2022, 1, 1), false);
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-COMMITTEE-PARTY"), false, "0.9", "0.8333", "0.0667");
			assertThat(outcome.gate("HQ-T-COMMITTEE-PARTY").reason()).contains("5/6");
		}

	}

	@Nested
	class CompanyParty {

		/** Project i is served by company CO-i; the first {@code organised} companies have a joint branch. */
		private Hongqi365Facts companies(int count, int organised) {
			Hongqi365Facts facts = district(count);
			for (int i = 1; i <= count; i++) {
				String company = "CO-" + projectId(i);
				facts.company(company, (i <= organised) ? PartyOrg.JOINT : PartyOrg.INSTRUCTOR, 30, 1)
					.project(projectId(i), "C1", company, Hongqi365Facts.PARTY_ORG_ESTABLISHED);
			}
			return facts;
		}

		@Test
		void meetsNinetyTwoPercentWithTwentyThreeOfTwentyFive() {
			RuleOutcome outcome = evaluate(companies(25, 23));

			assertGate(outcome.gate("HQ-T-COMPANY-PARTY"), true, "0.92", "0.92", "0");
			assertThat(outcome.gate("HQ-T-COMPANY-PARTY").evidence()).hasSize(23).doesNotContain("CO-T24", "CO1");
		}

		@Test
		void missesItWithTwentyTwoOfTwentyFive() {
			RuleOutcome outcome = evaluate(companies(25, 22));

			assertGate(outcome.gate("HQ-T-COMPANY-PARTY"), false, "0.92", "0.88", "0.04");
			assertThat(outcome.status().reason()).contains("HQ-T-COMPANY-PARTY");
		}

		@Test
		void countsEachCompanyOnceAndOnlyThoseServingTheDistrict() {
			Hongqi365Facts facts = companies(25, 23).company("CO-OUT", PartyOrg.NONE, 5, 0);
			facts.project("T26", "C1", "CO-T24", Hongqi365Facts.PARTY_ORG_ESTABLISHED)
				.ownersCommittee("KT26", "T26", LocalDate.of(2022, 1, 1), true);

			assertGate(evaluate(facts).gate("HQ-T-COMPANY-PARTY"), true, "0.92", "0.92", "0");
		}

	}

	@Nested
	class Professional {

		private Hongqi365Facts selfManaged(int count) {
			Hongqi365Facts facts = district(50);
			for (int i = 1; i <= count; i++) {
				facts.project(projectId(i), "C1", null, Hongqi365Facts.PARTY_ORG_ESTABLISHED);
			}
			return facts;
		}

		@Test
		void meetsNinetyTwoPercentWithFortySixOfFifty() {
			RuleOutcome outcome = evaluate(selfManaged(4));

			assertGate(outcome.gate("HQ-T-PROFESSIONAL"), true, "0.92", "0.92", "0");
			assertThat(outcome.gate("HQ-T-PROFESSIONAL").evidence()).hasSize(46).doesNotContain("T01", "T04");
		}

		@Test
		void missesItWithFortyFiveOfFifty() {
			RuleOutcome outcome = evaluate(selfManaged(5));

			assertGate(outcome.gate("HQ-T-PROFESSIONAL"), false, "0.92", "0.9", "0.02");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MISSED");
		}

		@Test
		void ignoresProjectsOfAnotherDistrict() {
			Hongqi365Facts facts = selfManaged(4).district("D2").street("S9", "D2").community("C9", "S9");
			facts.project("Z1", "C9", null, null);

			assertGate(evaluate(facts).gate("HQ-T-PROFESSIONAL"), true, "0.92", "0.92", "0");
		}

	}

	@Nested
	class Smart {

		@Test
		void usesTheLatestIndicatorOnOrBeforeTheEvaluationDate() {
			Hongqi365Facts facts = district(10).districtIndicator("X-U0", "D1", USAGE, "0.80", LocalDate.of(2023, 6, 30))
				.districtIndicator("X-U2", "D1", USAGE, "0.85", ACCEPTANCE.plusDays(1));
			RuleOutcome outcome = evaluate(facts);

			GateResult usage = outcome.gate("HQ-T-SMART-COMPANY-USAGE");
			assertGate(usage, true, "0.9", "0.95", "0");
			assertThat(usage.evidence()).containsExactly("X-U1");
			assertThat(usage.clause()).isEqualTo("川综执字〔2023〕68号 三(二)3");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MET");

			RuleOutcome later = evaluate(facts, ACCEPTANCE.plusDays(1));
			assertGate(later.gate("HQ-T-SMART-COMPANY-USAGE"), false, "0.9", "0.85", "0.05");
			assertThat(later.gate("HQ-T-SMART-COMPANY-USAGE").evidence()).containsExactly("X-U2");
		}

		@Test
		void usesAnIndicatorMeasuredOnTheEvaluationDate() {
			RuleOutcome outcome = evaluate(
					district(10).districtIndicator("X-R2", "D1", REGISTRATION, "0.5", ACCEPTANCE));

			assertGate(outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION"), false, "0.9", "0.5", "0.4");
			assertThat(outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION").evidence()).containsExactly("X-R2");
		}

		@Test
		void passesAtExactlyNinetyPercent() {
			RuleOutcome outcome = evaluate(
					district(10).districtIndicator("X-R2", "D1", REGISTRATION, "0.90", LocalDate.of(2023, 11, 1)));

			assertGate(outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION"), true, "0.9", "0.9", "0");
		}

		@Test
		void failsJustBelowNinetyPercent() {
			RuleOutcome outcome = evaluate(
					district(10).districtIndicator("X-R2", "D1", REGISTRATION, "0.8999", LocalDate.of(2023, 11, 1)));

			assertGate(outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION"), false, "0.9", "0.8999", "0.0001");
			assertThat(outcome.status().reason()).isEqualTo("未完成的目标：HQ-T-SMART-RESIDENT-REGISTRATION");
		}

		@Test
		void failsWhenAnIndicatorIsMissing() {
			Hongqi365Facts facts = world();
			facts.project("T01", "C1", "CO1", Hongqi365Facts.PARTY_ORG_ESTABLISHED)
				.ownersCommittee("KT01", "T01", LocalDate.of(2022, 1, 1), true)
				.districtIndicator("X-U1", "D1", USAGE, "0.95", LocalDate.of(2023, 10, 31))
				.districtIndicator("X-R9", "D2", REGISTRATION, "0.95", LocalDate.of(2023, 10, 31));
			RuleOutcome outcome = evaluate(facts);

			assertGate(outcome.gate("HQ-T-SMART-COMPANY-USAGE"), true, "0.9", "0.95", "0");
			GateResult registration = outcome.gate("HQ-T-SMART-RESIDENT-REGISTRATION");
			assertGate(registration, false, "0.9", "0", "0.9");
			assertThat(registration.evidence()).isEmpty();
			assertThat(registration.reason()).contains("未报送");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MISSED");
		}

		@Test
		void failsWhenTheOnlyIndicatorIsMeasuredAfterTheEvaluationDate() {
			Hongqi365Facts facts = world();
			facts.project("T01", "C1", "CO1", Hongqi365Facts.PARTY_ORG_ESTABLISHED)
				.ownersCommittee("KT01", "T01", LocalDate.of(2022, 1, 1), true)
				.districtIndicator("X-U1", "D1", USAGE, "0.95", ACCEPTANCE.plusDays(1))
				.districtIndicator("X-R1", "D1", REGISTRATION, "0.95", LocalDate.of(2023, 10, 31));

			assertGate(evaluate(facts).gate("HQ-T-SMART-COMPANY-USAGE"), false, "0.9", "0", "0.9");
		}

	}

	@Nested
	class NoEmptyCompanies {

		@Test
		void acceptsACompanyOfNineteenEmployeesWithoutPartyMembers() {
			RuleOutcome outcome = evaluate(district(10).company("CO1", PartyOrg.JOINT, 19, 0));

			assertGate(outcome.gate("HQ-T-NO-EMPTY"), true, "0", "0", "0");
			assertThat(outcome.gate("HQ-T-NO-EMPTY").evidence()).isEmpty();
		}

		@Test
		void refusesACompanyOfTwentyEmployeesWithoutPartyMembers() {
			RuleOutcome outcome = evaluate(district(10).company("CO1", PartyOrg.JOINT, 20, 0));

			assertGate(outcome.gate("HQ-T-NO-EMPTY"), false, "0", "1", "1");
			assertThat(outcome.gate("HQ-T-NO-EMPTY").evidence()).containsExactly("CO1");
			assertThat(outcome.gate("HQ-T-NO-EMPTY").clause()).isEqualTo("川综执字〔2023〕68号 三(一)2");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MISSED");
			assertThat(outcome.status().reason()).isEqualTo("未完成的目标：HQ-T-NO-EMPTY");
		}

		@Test
		void acceptsATwentyEmployeeCompanyWithOnePartyMember() {
			assertGate(evaluate(district(10).company("CO1", PartyOrg.JOINT, 20, 1)).gate("HQ-T-NO-EMPTY"), true, "0",
					"0", "0");
		}

		@Test
		void ignoresACompanyServingNoProjectOfTheDistrict() {
			RuleOutcome outcome = evaluate(district(10).company("CO-OUT", PartyOrg.NONE, 35, 0));

			assertGate(outcome.gate("HQ-T-NO-EMPTY"), true, "0", "0", "0");
			assertThat(outcome.status().value()).isEqualTo("TARGETS_MET");
		}

	}

}
