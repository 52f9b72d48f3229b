package org.redproperty.rules.zhuzhou;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.PathFinder;
import org.redproperty.evaluation.PathPlan;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.Subject;
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
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The path to CANDIDATE on zhuzhou-demo/2023: the gate ZZ-MONTHLY names the months it lacks, one record each. */
class ZhuzhouPathRulesTests {

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	@Test
	void aProjectMissingOneMonthGetsAPlanNamingTheMonth() {
		Facts facts = candidate();
		facts.remove((f) -> f.id().equals("A-03"));

		PathPlan plan = plan(facts);

		assertThat(plan.status()).isEqualTo("NOT_QUALIFIED");
		assertThat(plan.target()).isEqualTo("CANDIDATE");
		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.verifiedStatus()).isEqualTo("CANDIDATE");
		assertThat(plan.daysLeft()).isNull();
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.gate()).isEqualTo("ZZ-MONTHLY");
			assertThat(step.units()).containsExactly("2023-03");
			assertThat(step.records()).isEmpty();
			assertThat(step.added()).singleElement().satisfies((added) -> {
				assertThat(added.record().path("date").asText()).isEqualTo("2023-03-01");
				assertThat(added.record().path("photoCount").asInt()).isEqualTo(1);
			});
			assertThat(step.reason()).contains("缺 2023-03");
		});
	}

	@Test
	void theDisclosuresAndTheStationAreMadeGoodThroughNestedFieldsAndANewIndicator() {
		Facts facts = candidate();
		facts.replace(project(new Disclosures(true, false, false)));
		facts.remove(Indicator.class::isInstance);

		PathPlan plan = plan(facts);

		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.steps()).extracting(PathPlan.Step::gate).containsExactly("ZZ-DISCLOSURE", "ZZ-STATION");
		assertThat(plan.steps().get(0).changes()).extracting(PathPlan.Change::field)
			.contains("disclosures.serviceStandard", "disclosures.publicIncome");
		assertThat(plan.steps().get(1).added()).singleElement()
			.satisfies((added) -> assertThat(added.record().path("code").asText()).isEqualTo("PARTY_STATION_STANDARD"));
	}

	private static PathPlan plan(Facts facts) {
		Subject subject = new Subject("zhuzhou-demo", 2023, SubjectType.PROJECT, "P1", AS_OF);
		return new PathFinder(TestRules.EVALUATOR).plan("E1", ZhuzhouRules.FOLDER.ruleset(),
				Scope.of(SubjectType.PROJECT, "P1"), subject, facts.dataset(), "CANDIDATE");
	}

	/** P1 meeting every item: an activity with two photos in every month from January to November. */
	private static Facts candidate() {
		Facts facts = new Facts().add(new District("D1", "试验区"), new Street("S1", "D1", "试验街道"),
				new Community("C1", "S1", "试验社区"),
				new Company("CO1", "试验物业", "91350100M000100Y43", 30, 5, PartyOrg.INDEPENDENT, LocalDate.of(2020, 1, 1),
						null, LocalDate.of(2018, 1, 1)),
				project(new Disclosures(true, true, true)),
				new Committee("K1", "P1", CommitteeKind.OWNERS_COMMITTEE, LocalDate.of(2021, 1, 1), 5, 2, true, true),
				new Indicator("I1", SubjectType.PROJECT, "P1", "PARTY_STATION_STANDARD", BigDecimal.ONE,
						LocalDate.of(2023, 3, 1)));
		for (int month = 1; month <= 11; month++) {
			facts.add(new Activity("A-%02d".formatted(month), "P1", LocalDate.of(2023, month, 10), "物业服务中心",
					Heart.NUANXIN, ActivityKind.ACTIVITY, "月度主题活动", "", 2, 3));
		}
		return facts;
	}

	private static Project project(Disclosures disclosures) {
		return new Project("P1", "试验小区", "C1", "CO1", "张经理", true, true, 300, new BigDecimal("0.9"),
				LocalDate.of(2022, 5, 1), disclosures);
	}

}
