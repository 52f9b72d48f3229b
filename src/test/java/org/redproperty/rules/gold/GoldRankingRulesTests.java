package org.redproperty.rules.gold;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.Project;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.gold.GoldWorld.AS_OF;
import static org.redproperty.rules.gold.GoldWorld.incident;

/** gold-red-property/2019 with the district as subject: every company of the district ranked together. */
class GoldRankingRulesTests {

	@Test
	void theTenBestCombinedScoresEarnGoldAndTheRestAreShortlisted() {
		Facts facts = GoldWorld.districts();
		for (int i = 1; i <= 12; i++) {
			GoldWorld.scored(facts, "G%02d".formatted(i), String.valueOf(100 - i), String.valueOf(100 - i));
		}
		Map<String, RuleOutcome> outcomes = rank(facts);

		assertThat(outcomes).containsKeys("D1", "G01", "G12");
		assertThat(outcomes.get("G01").rank()).isEqualTo(1);
		assertThat(outcomes.get("G10")).satisfies((o) -> {
			assertThat(o.status().value()).isEqualTo("GOLD");
			assertThat(o.rank()).isEqualTo(10);
			assertThat(o.findings()).isEmpty();
		});
		assertThat(outcomes.get("G11")).satisfies((o) -> {
			assertThat(o.status().value()).isEqualTo("SHORTLISTED");
			assertThat(o.rank()).isEqualTo(11);
		});
		assertThat(outcomes.get("D1").status().value()).isEqualTo("RANKED");
		assertThat(outcomes.get("D1").status().reason()).contains("金牌 10 家").contains("入围未获金牌 2 家");
		assertThat(outcomes.get("D1").findings()).noneMatch((f) -> f.severity().equals("MANUAL_DECISION"));
	}

	@Test
	void aTieAtTenthPlaceMakesElevenGoldEachFlaggedForAManualDecision() {
		Facts facts = GoldWorld.districts();
		for (int i = 1; i <= 9; i++) {
			GoldWorld.scored(facts, "G%02d".formatted(i), String.valueOf(100 - i), String.valueOf(100 - i));
		}
		GoldWorld.scored(facts, "G10", "90", "80");
		GoldWorld.scored(facts, "G11", "85", "85");
		GoldWorld.scored(facts, "G12", "84", "85.9");
		Map<String, RuleOutcome> outcomes = rank(facts);

		assertThat(outcomes.values().stream().filter((o) -> o.status().value().equals("GOLD"))).hasSize(11);
		for (String tied : new String[] { "G10", "G11" }) {
			assertThat(outcomes.get(tied)).satisfies((o) -> {
				assertThat(o.status().value()).isEqualTo("GOLD");
				assertThat(o.rank()).isEqualTo(10);
				assertThat(o.totalPoints()).isEqualByComparingTo("85");
				assertThat(o.findings()).singleElement().satisfies((f) -> {
					assertThat(f.severity()).isEqualTo("MANUAL_DECISION");
					assertThat(f.evidence()).containsExactly("G10", "G11");
				});
			});
		}
		assertThat(outcomes.get("G09").findings()).isEmpty();
		assertThat(outcomes.get("G12")).satisfies((o) -> {
			assertThat(o.status().value()).isEqualTo("SHORTLISTED");
			assertThat(o.rank()).isEqualTo(12);
		});
		assertThat(outcomes.get("D1").findings()).anySatisfy((f) -> {
			assertThat(f.severity()).isEqualTo("MANUAL_DECISION");
			assertThat(f.evidence()).containsExactly("G10", "G11");
		});
	}

	@Test
	void aTieThatEndsAtTenthPlaceNeedsNoManualDecision() {
		Facts facts = GoldWorld.districts();
		for (int i = 1; i <= 8; i++) {
			GoldWorld.scored(facts, "G%02d".formatted(i), String.valueOf(100 - i), String.valueOf(100 - i));
		}
		GoldWorld.scored(facts, "G09", "85", "85");
		GoldWorld.scored(facts, "G10", "85", "85");
		GoldWorld.scored(facts, "G11", "84", "84");
		Map<String, RuleOutcome> outcomes = rank(facts);

		assertThat(outcomes.get("G10").rank()).isEqualTo(9);
		assertThat(outcomes.get("G10").status().value()).isEqualTo("GOLD");
		assertThat(outcomes.get("G10").findings()).isEmpty();
		assertThat(outcomes.get("G11").status().value()).isEqualTo("SHORTLISTED");
	}

	@Test
	void excludedAndBelowThresholdCompaniesGetTheirStatusButNoRank() {
		Facts facts = GoldWorld.districts();
		GoldWorld.good(facts, "G01");
		GoldWorld.scored(facts, "G02", "99", "99").add(incident("E1", "G02", IncidentType.GROUP_INCIDENT, "2019-02-01"));
		GoldWorld.scored(facts, "G03", "79", "99");
		GoldWorld.scored(facts, "G04", "95", null);
		Map<String, RuleOutcome> outcomes = rank(facts);

		assertThat(outcomes.get("G01").rank()).isEqualTo(1);
		assertThat(outcomes.get("G02").status().value()).isEqualTo("INELIGIBLE");
		assertThat(outcomes.get("G03").status().value()).isEqualTo("BELOW_THRESHOLD");
		assertThat(outcomes.get("G04").status().value()).isEqualTo("BELOW_THRESHOLD");
		assertThat(outcomes.get("G02").rank()).isNull();
		assertThat(outcomes.get("G04").rank()).isNull();
		assertThat(outcomes.get("D1").status().reason()).contains("参评企业 4 家").contains("未达门槛 2 家")
			.contains("不纳入评选 1 家");
	}

	@Test
	void onlyCompaniesServingAProjectOfTheDistrictTakePart() {
		Facts facts = GoldWorld.districts();
		GoldWorld.good(facts, "G01");
		GoldWorld.scored(facts, "G02", "99", "99");
		Project elsewhere = facts.get(Project.class, "P-G02");
		facts.replace(new Project(elsewhere.id(), elsewhere.name(), "C2", "G02", "经理", true, true, 300,
				new BigDecimal("0.9"), LocalDate.of(2018, 1, 1), null));
		Map<String, RuleOutcome> outcomes = rank(facts);

		assertThat(outcomes).containsOnlyKeys("D1", "G01");
		assertThat(outcomes.get("G01").rank()).isEqualTo(1);
	}

	@Test
	void aDistrictWithoutAPassingCompanyHasNoGold() {
		Facts facts = GoldWorld.districts();
		GoldWorld.scored(facts, "G01", "70", "90");
		assertThat(rank(facts).get("D1").status().value()).isEqualTo("NO_GOLD");
	}

	private static Map<String, RuleOutcome> rank(Facts facts) {
		return GoldRules.FOLDER.evaluateTogether(SubjectType.DISTRICT, "D1", AS_OF, facts.dataset());
	}

}
