package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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
		// As V14 left a row stored before it: no list in the result, an empty one in the column, and (before V18)
		// the result as plain JSON.
		String json = storedJson(old.id());
		this.jdbc.sql("""
				UPDATE evaluations SET result_json = :json, result_zip = NULL, result_digest = NULL,
				    required_rulesets = '[]' WHERE id = :id""")
			.param("json", json.replace(",\"requiredRulesets\":[],\"requiredOutcomes\":[]", ""))
			.param("id", old.id())
			.update();
		assertThat(this.jdbc.sql("SELECT result_json FROM evaluations WHERE id = :id").param("id", old.id())
			.query(String.class).single()).doesNotContain("requiredRulesets");

		assertThat(this.evaluations.findById(old.id())).contains(old);
		assertThat(this.evaluations.requiredRulesetsOf(old.id())).contains(List.of());
	}

	@Test
	void storesTheResultDeflatedWithTheDigestOfItsJsonAndReadsItBackByteForByte() {
		Evaluation saved = evaluation("P-" + UUID.randomUUID(), NOON, 200);
		this.evaluations.save(saved, new FactsRead(7, SubjectType.PROJECT, saved.subjectId()));

		Map<String, Object> row = this.jdbc.sql("""
				SELECT result_json, result_zip, result_digest FROM evaluations WHERE id = :id""")
			.param("id", saved.id())
			.query()
			.singleRow();
		String json = storedJson(saved.id());
		byte[] zip = (byte[]) row.get("result_zip");
		assertThat(row.get("result_json")).as("no plain copy beside the compressed one").isNull();
		assertThat(json).contains("HQ-ACT-PTS").contains("\"A-200\"");
		assertThat(zip.length).as("deflated to a fraction of the JSON").isLessThan(json.length() / 5);
		assertThat(row.get("result_digest"))
			.isEqualTo(HexFormat.of().formatHex(sha256().digest(json.getBytes(StandardCharsets.UTF_8))));
		assertThat(this.evaluations.findById(saved.id())).contains(saved);
		assertThat(this.evaluations.findAll(List.of(saved.id())).get(saved.id()).evaluation()).isEqualTo(saved);
	}

	@Test
	void refusesAStoredResultThatNoLongerMatchesItsDigest() {
		Evaluation saved = evaluation("P-" + UUID.randomUUID(), NOON);
		this.evaluations.save(saved, new FactsRead(7, SubjectType.PROJECT, saved.subjectId()));
		String other = storedJson(saved.id()).replace("FIVE_STAR", "NOT_AWARDED");
		this.jdbc.sql("UPDATE evaluations SET result_zip = :zip WHERE id = :id")
			.param("zip", StoredResults.compress(other))
			.param("id", saved.id())
			.update();

		assertThatExceptionOfType(StoredResultDamagedException.class).isThrownBy(() -> this.evaluations.findById(saved.id()))
			.withMessageContaining(saved.id())
			.withMessageContaining("摘要不符");
	}

	@Test
	void readsAnEvaluationStoredAsPlainJsonBeforeCompression() {
		Evaluation old = evaluation("P-" + UUID.randomUUID(), NOON);
		this.evaluations.save(old, new FactsRead(7, SubjectType.PROJECT, old.subjectId()));
		String json = storedJson(old.id());
		this.jdbc.sql("UPDATE evaluations SET result_json = :json, result_zip = NULL, result_digest = NULL WHERE id = :id")
			.param("json", json)
			.param("id", old.id())
			.update();

		assertThat(this.evaluations.findById(old.id())).contains(old);
		assertThat(this.evaluations.findAll(List.of(old.id())).get(old.id()).evaluation()).isEqualTo(old);
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

	/** The JSON a stored evaluation holds: its plain column, or the compressed one inflated and checked. */
	private String storedJson(String id) {
		Map<String, Object> row = this.jdbc.sql("SELECT result_json, result_zip, result_digest FROM evaluations WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
		return (row.get("result_zip") != null)
				? StoredResults.inflate(id, (byte[]) row.get("result_zip"), (String) row.get("result_digest"))
				: (String) row.get("result_json");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Evaluation evaluation(String subject, Instant at) {
		return evaluation(subject, at, 1);
	}

	/** An evaluation with that many score lines, each for its own activity record … */
	private static Evaluation evaluation(String subject, Instant at, int lines) {
		SubjectType type = subject.startsWith("D-") ? SubjectType.DISTRICT : SubjectType.PROJECT;
		List<ScoreLine> score = IntStream.rangeClosed(1, lines)
			.mapToObj((i) -> new ScoreLine(null, "HQ-ACT-PTS", new BigDecimal("2"), "有效活动计 2 分", List.of("A-" + i),
					"二.2"))
			.toList();
		return new Evaluation(UUID.randomUUID().toString(), "hongqi365", 2023, type, subject, LocalDate.of(2023, 11, 30),
				"FIVE_STAR", "全部门槛通过", new BigDecimal("102"), null, score,
				List.of(), List.of(), List.of(), List.of(), List.of(),
				new RulesetIdentity("hongqi365", 2023, "a".repeat(64)), null, at, 7L, null);
	}

}
