package org.redproperty.generator;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.redproperty.support.TestRules;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Activity;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.RulesetFolders;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceGeneratorTests {

	private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults();

	private final ProvinceGenerator generator = new ProvinceGenerator(SETTINGS);

	@Test
	void sameSeedGivesTheSameFacts() {
		assertThat(this.generator.dataset(200, 7)).isEqualTo(this.generator.dataset(200, 7));
	}

	@Test
	void differentSeedGivesDifferentFacts() {
		Dataset one = this.generator.dataset(200, 1);
		Dataset two = this.generator.dataset(200, 2);
		assertThat(one.activities()).isNotEqualTo(two.activities());
		assertThat(one.companies()).isNotEqualTo(two.companies());
	}

	@Test
	void entersMostActivitiesWithinAWeekAndSomeAMonthOrTwoLaterNeverInTheFuture() {
		Dataset province = this.generator.dataset(200, 1);
		Map<Boolean, Long> late = province.activities().stream()
			.collect(Collectors.partitioningBy((activity) -> activity.getRecordedOn().isAfter(activity.date().plusDays(7)),
					Collectors.counting()));
		assertThat(province.activities()).allSatisfy((activity) -> {
			assertThat(activity.getRecordedOn()).isAfterOrEqualTo(activity.date());
			assertThat(activity.recordedAt()).isBeforeOrEqualTo(Instant.now());
		});
		assertThat(late.get(true)).as("entered one to two months later").isBetween(late.get(false) / 40, late.get(false) / 10);
	}

	@Test
	void everyIdCarriesThePrefix() {
		assertThat(this.generator.dataset(50, 1).all()).allSatisfy((fact) -> assertThat(fact.id()).startsWith("GEN-"));
	}

	@Test
	void shapesTheProvinceLikeTheRealOne() {
		assertThat(this.generator.districts(100_000)).isBetween(125, 135);
		Dataset province = this.generator.dataset(1_540, 1);
		assertThat(province.districts()).hasSize(2);
		assertThat(province.streets()).hasSize(16);
		assertThat(province.communities()).hasSize(64);
		assertThat(province.projects()).hasSize(1_540);
		assertThat(province.companies().size()).isBetween(1_540 / 4, 1_540 / 4 + 2);
		double activitiesPerProject = province.activities().size() / 1_540.0;
		assertThat(activitiesPerProject).isBetween(56.0, 64.0);
		long countable = province.activities().stream().filter(ProvinceGeneratorTests::looksValid).count();
		assertThat(countable / (double) province.activities().size()).isBetween(0.90, 0.97);
		assertThat(province.nominations().size() / 1_540.0).isBetween(0.85, 0.95);
		long ownersCommittees = province.committees()
			.stream()
			.filter((c) -> c.kind() == CommitteeKind.OWNERS_COMMITTEE)
			.count();
		assertThat(ownersCommittees / 1_540.0).isBetween(0.78, 0.90);
		assertThat(province.indicators()).anySatisfy((i) -> assertThat(i.code()).startsWith("SMART_PROPERTY_"));
		assertThat(province.surveys().size()).isGreaterThanOrEqualTo(province.companies().size());
		assertThat(province.assessments().size()).isGreaterThan(province.companies().size());
	}

	@Test
	void outcomesVaryAcrossTheFourProjectStatuses() {
		LoadedRuleset rules = TestRules.folders().load(Path.of("rules"), Path.of("rules/hongqi365/2023"));
		assertThat(rules.errors()).isEmpty();
		Map<String, Integer> statuses = new TreeMap<>();
		ProjectScopes.of(this.generator.dataset(200, 1)).forEach((id, facts) -> {
			Subject subject = new Subject("hongqi365", 2023, SubjectType.PROJECT, id, LocalDate.of(2023, 11, 30));
			String status = TestRules.EVALUATOR.evaluateOne(rules.ruleset(), subject, facts).status().value();
			statuses.merge(status, 1, Integer::sum);
		});
		assertThat(statuses).containsOnlyKeys("FIVE_STAR", "NOT_AWARDED", "DISQUALIFIED", "NOT_NOMINATED");
		assertThat(statuses.values()).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(5));
	}

	private static boolean looksValid(Activity a) {
		return a.photoCount() >= 2 && a.residentSignatures() >= 1 && !a.title().isBlank() && !a.organizer().isBlank()
				&& a.date().getYear() == 2023 && !a.date().isAfter(LocalDate.of(2023, 11, 30));
	}

}
