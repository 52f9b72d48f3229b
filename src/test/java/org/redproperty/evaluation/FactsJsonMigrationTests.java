package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 on a database that was at V5: evaluations stored before V5 kept their facts in {@code evaluations.facts_json};
 * the migration moves them into {@code fact_snapshots}, under the hash {@link Evaluations} gives the same facts, and
 * drops the column. The service starts at V5 ({@code spring.flyway.target}); the test migrates the rest of the way.
 */
// No rulesets, no accounts and no job resumed: the service starts on a V5 schema, which has no tables for them yet.
@TestPropertySource(properties = { "spring.flyway.target=5", "app.rules.dir=target/no-rules",
		"app.accounts.seed-at-start=false", "app.rescore.resume-on-start=false" })
abstract class FactsJsonMigrationTests extends DatabaseTestSupport {

	private static final Instant NOON = Instant.parse("2023-11-30T04:00:00.123Z");

	@Autowired
	Flyway flyway;

	@Autowired
	Evaluations evaluations;

	@Test
	void movesFactsStoredBeforeV5IntoSnapshotsAndDropsTheColumn() {
		assertThat(this.flyway.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("5"));
		Dataset oldFacts = district("D-OLD");
		String oldJson = write(oldFacts);
		insertBeforeV5("E-OLD-1", "D-OLD", oldJson);
		insertBeforeV5("E-OLD-2", "D-OLD", oldJson);
		Evaluation sinceV5 = evaluation("D-NEW");
		Dataset newFacts = district("D-NEW");
		insertAtV5(sinceV5, write(newFacts));

		Flyway.configure().configuration(this.flyway.getConfiguration()).target("latest").load().migrate();

		assertThat(columns("evaluations")).contains("facts_hash").doesNotContain("facts_json");
		assertThat(this.evaluations.factsOf("E-OLD-1")).contains(new Evaluations.StoredFacts(null, oldFacts));
		assertThat(this.evaluations.factsOf("E-OLD-2")).contains(new Evaluations.StoredFacts(null, oldFacts));
		assertThat(this.evaluations.factsOf(sinceV5.id())).contains(new Evaluations.StoredFacts(null, newFacts));
		assertThat(this.jdbc.sql("SELECT facts_hash FROM evaluations WHERE id IN ('E-OLD-1', 'E-OLD-2')")
			.query(String.class)
			.list()).containsExactly(sha256(oldJson), sha256(oldJson));
		assertThat(count("fact_snapshots")).as("one snapshot per distinct facts").isEqualTo(2);

		// V9: a new evaluation names the revision of the facts it read and stores no snapshot; the old ones keep
		// theirs, from which they are replayed
		Evaluation sinceV9 = evaluation("D-OLD");
		this.evaluations.save(sinceV9, new FactsRead(0, SubjectType.DISTRICT, "D-OLD"));
		assertThat(count("fact_snapshots")).as("no snapshot written since V9").isEqualTo(2);
		assertThat(this.evaluations.factsOf(sinceV9.id()))
			.contains(new Evaluations.StoredFacts(new FactsRead(0, SubjectType.DISTRICT, "D-OLD"), null));
	}

	/** A row as V5 to V8 wrote it: the facts in a snapshot named by their hash. */
	/** A row as V2 to V4 wrote it: the facts in {@code facts_json}, no {@code facts_hash}. */
	private void insertBeforeV5(String id, String district, String factsJson) {
		insert(id, evaluation(district), "facts_json", factsJson);
	}

	/** A row as V5 wrote it (before V11 added {@code requested_by}): the facts in a snapshot named by their hash. */
	private void insertAtV5(Evaluation evaluation, String factsJson) {
		this.jdbc.sql("INSERT INTO fact_snapshots (hash, facts_json) VALUES (:hash, :facts)")
			.param("hash", sha256(factsJson))
			.param("facts", factsJson)
			.update();
		insert(evaluation.id(), evaluation, "facts_hash", sha256(factsJson));
	}

	private void insert(String id, Evaluation evaluation, String factsColumn, String facts) {
		this.jdbc.sql("""
				INSERT INTO evaluations (id, scheme, scheme_year, subject_type, subject_id, as_of, status,
				    total_points, ruleset_hash, evaluated_at, result_json, %s)
				VALUES (:id, 'hongqi365', 2023, 'DISTRICT', :subjectId, :asOf, :status,
				    :totalPoints, :hash, :evaluatedAt, :result, :facts)
				""".formatted(factsColumn))
			.param("id", id)
			.param("subjectId", evaluation.subjectId())
			.param("asOf", evaluation.asOf())
			.param("status", evaluation.status())
			.param("totalPoints", evaluation.totalPoints())
			.param("hash", evaluation.ruleset().hash())
			.param("evaluatedAt", Evaluations.timestamp(NOON))
			.param("result", write(evaluation))
			.param("facts", facts)
			.update();
	}

	private List<String> columns(String table) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE 1 = 0")
			.query((ResultSetExtractor<List<String>>) (ResultSet rows) -> {
				ResultSetMetaData meta = rows.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
				}
				return names;
			});
	}

	private static Dataset district(String id) {
		return new Dataset(List.of(new District(id, "区")), null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	private static Evaluation evaluation(String district) {
		return new Evaluation(UUID.randomUUID().toString(), "hongqi365", 2023, SubjectType.DISTRICT, district,
				LocalDate.of(2023, 11, 30), "FIVE_STAR", "全部门槛通过", new BigDecimal("102"), null, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), new RulesetIdentity("hongqi365", 2023, "a".repeat(64)), null,
				NOON, null, null);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
