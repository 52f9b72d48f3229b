package org.redproperty.rules.gold;

import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.PathFinder;
import org.redproperty.evaluation.PathPlan;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.gold.GoldWorld.AS_OF;

/**
 * The path to GOLD on gold-red-property/2019, with the company ranked among every company of its district as the
 * evaluator's second step does: below tenth place, the plan names the score of the tenth and raises the company's
 * assessments until it passes it.
 */
class GoldPathRulesTests {

	/** G01 … G12 scored 99 … 88 by street and district: G12 is twelfth. */
	private static Facts twelve() {
		Facts facts = GoldWorld.districts();
		for (int i = 1; i <= 12; i++) {
			GoldWorld.scored(facts, "G%02d".formatted(i), String.valueOf(100 - i), String.valueOf(100 - i));
		}
		return facts;
	}

	@Test
	void aCompanyBelowTenthPlaceIsToldTheScoreNeededToPassTheTenth() {
		PathPlan plan = plan(twelve(), "G12");

		assertThat(plan.status()).isEqualTo("SHORTLISTED");
		assertThat(plan.target()).isEqualTo("GOLD");
		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.verifiedStatus()).isEqualTo("GOLD");
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.gate()).isEqualTo("GOLD-RANK");
			assertThat(step.required()).isEqualByComparingTo("90");
			assertThat(step.actual()).isEqualByComparingTo("88");
			assertThat(step.gap()).isEqualByComparingTo("2");
			assertThat(step.records()).containsExactlyInAnyOrder("AS-G12", "AD-G12");
			assertThat(step.reason()).contains("第 10 名为 90 分").contains("须超过第 10 名");
			assertThat(step.changes()).isNotEmpty();
		});
	}

	@Test
	void anExcludedCompanyIsUnreachable() {
		Facts facts = twelve().add(GoldWorld.incident("X1", "G12", IncidentType.SAFETY_ACCIDENT, "2019-05-01"));

		PathPlan plan = plan(facts, "G12");

		assertThat(plan.status()).isEqualTo("INELIGIBLE");
		assertThat(plan.reachable()).isFalse();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.blockers()).singleElement().satisfies((b) -> assertThat(b.gate()).isEqualTo("GOLD-SAFETY"));
	}

	@Test
	void aSatisfactionBelowTheThresholdIsRaisedJustEnough() {
		Facts facts = twelve();
		facts.replace(GoldWorld.survey("SV-G01", "G01", 100, "70", "2019-09-01"));

		PathPlan plan = plan(facts, "G01");

		assertThat(plan.status()).isEqualTo("BELOW_THRESHOLD");
		assertThat(plan.reachable()).isTrue();
		assertThat(plan.verified()).isTrue();
		assertThat(plan.steps()).singleElement().satisfies((step) -> {
			assertThat(step.gate()).isEqualTo("GOLD-SAT");
			assertThat(step.changes()).singleElement().satisfies((c) -> {
				assertThat(c.field()).isEqualTo("averageScore");
				assertThat(new java.math.BigDecimal(c.after())).isBetween(new java.math.BigDecimal("80"),
						new java.math.BigDecimal("80.1"));
			});
		});
	}

	private static PathPlan plan(Facts facts, String company) {
		Subject subject = new Subject("gold-red-property", 2019, SubjectType.COMPANY, company, AS_OF);
		return new PathFinder(TestRules.EVALUATOR).plan("E1", GoldRules.FOLDER.ruleset(), Scope.district("D1"), subject,
				facts.dataset(), "GOLD");
	}

}
