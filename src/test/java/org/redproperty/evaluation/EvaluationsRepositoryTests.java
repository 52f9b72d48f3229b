package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored evaluations: the result and its facts read back as saved, lists newest first to the millisecond. */
abstract class EvaluationsRepositoryTests extends DatabaseTestSupport {

	private static final Instant NOON = Instant.parse("2023-11-30T04:00:00.123Z");

	@Autowired
	Evaluations evaluations;

	@Test
	void readsBackResultAndTheRevisionOfTheFactsAsSaved() {
		String subject = "D-" + UUID.randomUUID();
		Evaluation saved = evaluation(subject, NOON);
		FactsRead read = new FactsRead(7, SubjectType.DISTRICT, subject);
		int snapshots = count("fact_snapshots");

		this.evaluations.save(saved, read);

		assertThat(this.evaluations.findById(saved.id())).contains(saved);
		assertThat(this.evaluations.factsOf(saved.id())).contains(new Evaluations.StoredFacts(read, null));
		assertThat(count("fact_snapshots")).as("no copy of the facts is stored").isEqualTo(snapshots);
		assertThat(this.evaluations.findById("no-such-id")).isEmpty();
	}

	@Test
	void keepsTheRequiredRulesetsAndOutcomesOfAnEvaluationWithItAndInTheirColumn() {
		String subject = "CO-" + UUID.randomUUID();
		Evaluation plain = evaluation("D-" + UUID.randomUUID(), NOON);
		List<RequiredRuleset> used = List.of(new RequiredRuleset("red-black-list", 2024, List.of("Q1", "Q2"), "b".repeat(64)));
		List<RequiredOutcome> read = List.of(new RequiredOutcome("red-black-list", 2024, "Q1", "RED_LIST", new BigDecimal("91.5"), 1),
				new RequiredOutcome("red-black-list", 2024, "Q2", "NOT_RANKED", BigDecimal.ZERO, null));
		Evaluation grade = new Evaluation(UUID.randomUUID().toString(), "credit-grade", 2024, SubjectType.COMPANY, subject,
				LocalDate.of(2024, 12, 31), "GRADE_A", null, new BigDecimal("101"), null, List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), new RulesetIdentity("credit-grade", 2024, "c".repeat(64)), null, NOON, 7L,
				null, null, used, read);

		this.evaluations.save(plain, new FactsRead(7, SubjectType.DISTRICT, plain.subjectId()));
		this.evaluations.save(grade, new FactsRead(7, SubjectType.DISTRICT, "D-1"));

		assertThat(this.evaluations.findById(grade.id())).hasValueSatisfying((found) -> {
			assertThat(found).isEqualTo(grade);
			assertThat(found.requiredOutcomes()).extracting(RequiredOutcome::status).containsExactly("RED_LIST", "NOT_RANKED");
		});
		assertThat(this.evaluations.requiredRulesetsOf(grade.id())).contains(used);
		assertThat(this.evaluations.requiredRulesetsOf(plain.id())).contains(List.of());
		assertThat(this.evaluations.findById(plain.id())).hasValueSatisfying(
				(found) -> assertThat(found.requiredRulesets()).isEmpty());
		assertThat(this.evaluations.requiredRulesetsOf("no-such-id")).isEmpty();
	}

	@Test
	void readsAnEvaluationStoredBeforeRequiredRulesetsAsRequiringNone() {
		Evaluation old = evaluation("D-" + UUID.randomUUID(), NOON);
		this.evaluations.save(old, new FactsRead(7, SubjectType.DISTRICT, old.subjectId()));
		// As V14 left a row stored before it: no list in the result, an empty one in the column.
		String json = this.jdbc.sql("SELECT result_json FROM evaluations WHERE id = :id").param("id", old.id())
			.query(String.class).single();
		this.jdbc.sql("UPDATE evaluations SET result_json = :json, required_rulesets = '[]' WHERE id = :id")
			.param("json", json.replace(",\"requiredRulesets\":[],\"requiredOutcomes\":[]", ""))
			.param("id", old.id())
			.update();
		assertThat(this.jdbc.sql("SELECT result_json FROM evaluations WHERE id = :id").param("id", old.id())
			.query(String.class).single()).doesNotContain("requiredRulesets");

		assertThat(this.evaluations.findById(old.id())).contains(old);
		assertThat(this.evaluations.requiredRulesetsOf(old.id())).contains(List.of());
	}

	@Test
	void listsNewestFirstToTheMillisecond() {
		String subject = "P-" + UUID.randomUUID();
		Evaluation first = evaluation(subject, NOON);
		Evaluation second = evaluation(subject, NOON.plusMillis(1));
		Evaluation third = evaluation(subject, NOON.plusMillis(2));
		for (Evaluation evaluation : List.of(second, third, first)) {
			this.evaluations.save(evaluation, new FactsRead(0, SubjectType.PROJECT, subject));
		}

		List<Evaluation.Summary> listed = this.evaluations.findBySubject(SubjectType.PROJECT, subject);

		assertThat(listed).extracting(Evaluation.Summary::id).containsExactly(third.id(), second.id(), first.id());
		assertThat(listed).extracting(Evaluation.Summary::evaluatedAt)
			.containsExactly(third.evaluatedAt(), second.evaluatedAt(), first.evaluatedAt());
		assertThat(listed.get(0)).isEqualTo(third.summary());
	}

	private static Evaluation evaluation(String subject, Instant at) {
		SubjectType type = subject.startsWith("D-") ? SubjectType.DISTRICT : SubjectType.PROJECT;
		return new Evaluation(UUID.randomUUID().toString(), "hongqi365", 2023, type, subject, LocalDate.of(2023, 11, 30),
				"FIVE_STAR", "全部门槛通过", new BigDecimal("102"), null,
				List.of(new ScoreLine(null, "HQ-ACT-PTS", new BigDecimal("2"), "有效活动计 2 分", List.of("A-1"), "二.2")),
				List.of(), List.of(), List.of(), List.of(), List.of(),
				new RulesetIdentity("hongqi365", 2023, "a".repeat(64)), null, at, 7L, null);
	}

}
