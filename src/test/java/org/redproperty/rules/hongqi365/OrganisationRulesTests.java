package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.PartyOrg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.project;

/** HQ-ORG-PROJECT, HQ-ORG-COMMITTEE, HQ-ORG-COMMITTEE-PARTY and HQ-ORG-COMPANY-PARTY. */
class OrganisationRulesTests {

	@Nested
	class ProjectPartyOrganisation {

		@Test
		void passesWhenEstablishedOnTheEvaluationDate() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").project("P1", "C1", "CO1", ACCEPTANCE));

			assertGate(outcome.gate("HQ-ORG-PROJECT"), true, "1", "1", "0");
			assertThat(outcome.gate("HQ-ORG-PROJECT").evidence()).containsExactly("P1");
			assertThat(outcome.gate("HQ-ORG-PROJECT").clause()).isEqualTo("川综执字〔2023〕68号 附件1、三(一)");
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
		}

		@Test
		void failsWhenEstablishedTheDayAfter() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").project("P1", "C1", "CO1", ACCEPTANCE.plusDays(1)));

			assertGate(outcome.gate("HQ-ORG-PROJECT"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-PROJECT").reason()).contains("晚于评价日");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.status().reason()).contains("HQ-ORG-PROJECT");
		}

		@Test
		void failsWithoutAPartyOrganisation() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").project("P1", "C1", "CO1", null));

			assertGate(outcome.gate("HQ-ORG-PROJECT"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-PROJECT").reason()).contains("项目未成立党组织");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
		}

	}

	@Nested
	class OwnersCommittee {

		@Test
		void passesWithAnOwnersCommitteeEstablishedOnTheEvaluationDate() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").withoutCommittees("P1").ownersCommittee("K1", "P1", ACCEPTANCE, true));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE"), true, "1", "1", "0");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE").evidence()).containsExactly("K1");
			assertGate(outcome.gate("HQ-ORG-COMMITTEE-PARTY"), true, "1", "1", "0");
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
		}

		@Test
		void failsWhenTheCommitteeIsEstablishedTheDayAfter() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutCommittees("P1")
				.ownersCommittee("K1", "P1", ACCEPTANCE.plusDays(1), true));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE").evidence()).isEmpty();
			assertThat(outcome.gate("HQ-ORG-COMMITTEE").reason()).contains("未成立业主委员会");
			assertGate(outcome.gate("HQ-ORG-COMMITTEE-PARTY"), false, "1", "0", "1");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
		}

		@ParameterizedTest
		@EnumSource(value = CommitteeKind.class, names = { "MANAGEMENT_COMMITTEE", "AUTONOMY_COMMITTEE" })
		void failsWithOnlyAnotherKindOfCommittee(CommitteeKind kind) {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutCommittees("P1")
				.committee("K1", "P1", kind, LocalDate.of(2021, 1, 1), true));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE"), false, "1", "0", "1");
			assertGate(outcome.gate("HQ-ORG-COMMITTEE-PARTY"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE-PARTY").reason()).contains("未成立业主委员会，无从设立党组织");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
		}

	}

	@Nested
	class CommitteePartyOrganisation {

		@Test
		void failsWhenTheOwnersCommitteeHasNoPartyOrganisation() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutCommittees("P1")
				.ownersCommittee("K1", "P1", LocalDate.of(2021, 1, 1), false));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE"), true, "1", "1", "0");
			assertGate(outcome.gate("HQ-ORG-COMMITTEE-PARTY"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE-PARTY").evidence()).containsExactly("K1");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE-PARTY").reason()).isEqualTo("业主委员会未设立党组织");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.status().reason()).contains("HQ-ORG-COMMITTEE-PARTY").doesNotContain("HQ-ORG-COMMITTEE、");
		}

		@Test
		void passesWithTheCommitteeThatHasOne() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.withoutCommittees("P1")
				.ownersCommittee("K1", "P1", LocalDate.of(2021, 1, 1), false)
				.ownersCommittee("K2", "P1", LocalDate.of(2022, 1, 1), true));

			assertGate(outcome.gate("HQ-ORG-COMMITTEE-PARTY"), true, "1", "1", "0");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE-PARTY").evidence()).containsExactly("K2");
			assertThat(outcome.gate("HQ-ORG-COMMITTEE-PARTY").clause()).isEqualTo("川综执字〔2023〕68号 二.2 共商共建机制");
		}

	}

	@Nested
	class CompanyPartyOrganisation {

		@ParameterizedTest
		@EnumSource(value = PartyOrg.class, names = { "INDEPENDENT", "JOINT" })
		void passesWithAnIndependentOrJointOrganisation(PartyOrg partyOrg) {
			RuleOutcome outcome = project("P1", world().company("CO1", partyOrg, 30, 3).fiveStarProject("P1", "C1"));

			assertGate(outcome.gate("HQ-ORG-COMPANY-PARTY"), true, "1", "1", "0");
			assertThat(outcome.gate("HQ-ORG-COMPANY-PARTY").evidence()).containsExactly("CO1");
			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
		}

		@ParameterizedTest
		@EnumSource(value = PartyOrg.class, names = { "INSTRUCTOR", "NONE" })
		void failsWithAnInstructorOnlyOrNoOrganisation(PartyOrg partyOrg) {
			RuleOutcome outcome = project("P1", world().company("CO1", partyOrg, 30, 3).fiveStarProject("P1", "C1"));

			assertGate(outcome.gate("HQ-ORG-COMPANY-PARTY"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-COMPANY-PARTY").evidence()).containsExactly("CO1");
			assertThat(outcome.gate("HQ-ORG-COMPANY-PARTY").reason()).contains("未建立党组织");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
		}

		@Test
		void failsForAProjectWithoutACompany() {
			RuleOutcome outcome = project("P1",
					world().fiveStarProject("P1", "C1").project("P1", "C1", null, Hongqi365Facts.PARTY_ORG_ESTABLISHED));

			assertGate(outcome.gate("HQ-ORG-COMPANY-PARTY"), false, "1", "0", "1");
			assertThat(outcome.gate("HQ-ORG-COMPANY-PARTY").reason()).isEqualTo("项目没有物业服务企业");
			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
		}

	}

}
