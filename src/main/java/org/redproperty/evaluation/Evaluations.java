package org.redproperty.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;

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

	Evaluations(JdbcClient jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	void save(Evaluation evaluation, Dataset facts) {
		this.jdbc.sql("""
				INSERT INTO evaluations (id, scheme, scheme_year, subject_type, subject_id, as_of, status,
				    total_points, ruleset_hash, evaluated_at, result_json, facts_json)
				VALUES (:id, :scheme, :year, :subjectType, :subjectId, :asOf, :status,
				    :totalPoints, :hash, :evaluatedAt, :result, :facts)
				""")
			.param("id", evaluation.id())
			.param("scheme", evaluation.scheme())
			.param("year", evaluation.year())
			.param("subjectType", evaluation.subjectType().name())
			.param("subjectId", evaluation.subjectId())
			.param("asOf", evaluation.asOf())
			.param("status", evaluation.status())
			.param("totalPoints", evaluation.totalPoints())
			.param("hash", evaluation.ruleset().hash())
			.param("evaluatedAt", timestamp(evaluation.evaluatedAt()))
			.param("result", json(evaluation))
			.param("facts", json(facts))
			.update();
	}

	public Optional<Evaluation> findById(String id) {
		return this.jdbc.sql("SELECT result_json FROM evaluations WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map((json) -> read(json, Evaluation.class));
	}

	/** The facts the evaluation saw. */
	public Optional<Dataset> factsOf(String id) {
		return this.jdbc.sql("SELECT facts_json FROM evaluations WHERE id = :id")
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

	/**
	 * The time as a literal with milliseconds. Connector/J sends a {@link Timestamp} parameter without its fraction
	 * to MariaDB (whose handshake reports version 5.5.5), which broke newest-first lists of evaluations made within
	 * one second; the server converts the literal to {@code TIMESTAMP(3)} on MariaDB, MySQL and H2 alike.
	 */
	static String timestamp(Instant instant) {
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
