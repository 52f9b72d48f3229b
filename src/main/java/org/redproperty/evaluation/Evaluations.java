package org.redproperty.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored evaluations. The full result and the facts it saw are kept as JSON beside the columns that lists and
 * filters need, so that a result reads back exactly as it was answered.
 */
@Repository
public class Evaluations {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	private final NamedParameterJdbcTemplate batch;

	Evaluations(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.objectMapper = objectMapper;
	}

	void save(Evaluation evaluation, Dataset facts) {
		saveAll(List.of(evaluation), facts);
	}

	/**
	 * Stores evaluations that saw the same facts, e.g. every subject of a district evaluated in one session: the
	 * facts once, as a snapshot named by the SHA-256 of their JSON, and the evaluations in one batch statement.
	 */
	public void saveAll(List<Evaluation> evaluations, Dataset facts) {
		String factsJson = json(facts);
		String factsHash = sha256(factsJson);
		storeSnapshot(factsHash, factsJson);
		SqlParameterSource[] rows = evaluations.stream()
			.map((evaluation) -> new MapSqlParameterSource().addValue("id", evaluation.id())
				.addValue("scheme", evaluation.scheme())
				.addValue("year", evaluation.year())
				.addValue("subjectType", evaluation.subjectType().name())
				.addValue("subjectId", evaluation.subjectId())
				.addValue("asOf", evaluation.asOf())
				.addValue("status", evaluation.status())
				.addValue("totalPoints", evaluation.totalPoints())
				.addValue("hash", evaluation.ruleset().hash())
				.addValue("evaluatedAt", timestamp(evaluation.evaluatedAt()))
				.addValue("result", json(evaluation))
				.addValue("factsHash", factsHash)
				.addValue("requestedBy", evaluation.requestedBy()))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO evaluations (id, scheme, scheme_year, subject_type, subject_id, as_of, status,
				    total_points, ruleset_hash, evaluated_at, result_json, facts_hash, requested_by)
				VALUES (:id, :scheme, :year, :subjectType, :subjectId, :asOf, :status,
				    :totalPoints, :hash, :evaluatedAt, :result, :factsHash, :requestedBy)
				""", rows);
	}

	/**
	 * Stores the facts once per content. A plain read first, not {@code INSERT … SELECT … WHERE NOT EXISTS}, which
	 * would take gap locks on MariaDB and deadlock with another district written at the same time; two writers of
	 * the same new content both insert, and the second's duplicate key is the proof it is stored.
	 */
	private void storeSnapshot(String hash, String json) {
		boolean stored = this.jdbc.sql("SELECT COUNT(*) FROM fact_snapshots WHERE hash = :hash")
			.param("hash", hash)
			.query(Integer.class)
			.single() > 0;
		if (!stored) {
			try {
				this.jdbc.sql("INSERT INTO fact_snapshots (hash, facts_json) VALUES (:hash, :facts)")
					.param("hash", hash)
					.param("facts", json)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// stored by another transaction meanwhile: the same content under the same hash
			}
		}
	}

	public Optional<Evaluation> findById(String id) {
		return this.jdbc.sql("SELECT result_json FROM evaluations WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((json) -> read(json, Evaluation.class));
	}

	/** The facts the evaluation saw, from their snapshot. */
	public Optional<Dataset> factsOf(String id) {
		return this.jdbc.sql("""
				SELECT s.facts_json FROM evaluations e
				LEFT JOIN fact_snapshots s ON s.hash = e.facts_hash
				WHERE e.id = :id
				""")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((json) -> read(json, Dataset.class));
	}

	/** Evaluations of one subject, newest first. */
	public List<Evaluation.Summary> findBySubject(SubjectType subjectType, String subjectId) {
		return this.jdbc.sql("""
				SELECT id, scheme, scheme_year, subject_type, subject_id, as_of, status, total_points, ruleset_hash,
				    evaluated_at
				FROM evaluations
				WHERE subject_type = :subjectType AND subject_id = :subjectId
				ORDER BY evaluated_at DESC, id DESC
				""")
			.param("subjectType", subjectType.name())
			.param("subjectId", subjectId)
			.query((rs, row) -> new Evaluation.Summary(rs.getString("id"), rs.getString("scheme"),
					rs.getInt("scheme_year"), SubjectType.valueOf(rs.getString("subject_type")),
					rs.getString("subject_id"), rs.getObject("as_of", LocalDate.class), rs.getString("status"),
					rs.getBigDecimal("total_points").stripTrailingZeros(),
					new RulesetIdentity(rs.getString("scheme"), rs.getInt("scheme_year"), rs.getString("ruleset_hash")),
					rs.getTimestamp("evaluated_at").toInstant()))
			.list();
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

	/**
	 * The time as a literal with milliseconds. Connector/J sends a {@link Timestamp} parameter without its fraction
	 * to MariaDB (whose handshake reports version 5.5.5), which broke newest-first lists of evaluations made within
	 * one second; the server converts the literal to {@code TIMESTAMP(3)} on MariaDB, MySQL and H2 alike.
	 */
	public static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant.atZone(ZoneId.systemDefault()));
	}

	private String json(Object value) {
		try {
			return this.objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String json, Class<T> type) {
		try {
			return this.objectMapper.readValue(json, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("无法读取已存的评价结果", ex);
		}
	}

}
