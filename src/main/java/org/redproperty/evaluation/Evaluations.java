package org.redproperty.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Timestamps;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.proposals.DeductionProposals;
import org.redproperty.proposals.Proposed;
import org.redproperty.ruleset.RulesetIdentity;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored evaluations. The full result is kept as JSON, deflated with its digest ({@link StoredResults}), beside the
 * columns that lists and filters need, so that a result reads back exactly as it was answered, with the revision
 * and scope of the facts it read.
 */
@Repository
public class Evaluations {

	/** The columns of a stored result, read by {@link #result}; the first column of the query is the id. */
	private static final String RESULT = "result_json, result_zip, result_digest";

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	private final NamedParameterJdbcTemplate batch;

	private final DeductionProposals proposals;

	Evaluations(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectMapper objectMapper,
			DeductionProposals proposals) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.objectMapper = objectMapper;
		this.proposals = proposals;
	}

	void save(Evaluation evaluation, FactsRead read) {
		saveAll(List.of(evaluation), read);
	}

	/**
	 * Stores evaluations that read the same facts, e.g. every subject of a district evaluated in one session, in
	 * one batch statement, and the credit deductions they propose in another. The facts are named by their revision
	 * and scope, not copied: replay reads them back from the fact tables and their history.
	 */
	public void saveAll(List<Evaluation> evaluations, FactsRead read) {
		saveAll(evaluations.stream().map((evaluation) -> prepare(evaluation, read)).toList());
	}

	/**
	 * The evaluation as it will be stored, having read those facts: its columns, its result serialized and deflated
	 * with its digest, and the deductions it proposes. Small beside the evaluation itself (a tenth of its JSON), so
	 * that a batch can let go of each evaluation as soon as it is prepared and write them together.
	 */
	public Prepared prepare(Evaluation evaluation, FactsRead read) {
		StoredResults.Stored result = StoredResults.of(bytes(evaluation));
		return new Prepared(new MapSqlParameterSource().addValue("id", evaluation.id())
			.addValue("scheme", evaluation.scheme())
			.addValue("year", evaluation.year())
			.addValue("subjectType", evaluation.subjectType().name())
			.addValue("subjectId", evaluation.subjectId())
			.addValue("asOf", evaluation.asOf())
			.addValue("status", evaluation.status())
			.addValue("totalPoints", evaluation.totalPoints())
			.addValue("hash", evaluation.ruleset().hash())
			.addValue("evaluatedAt", timestamp(evaluation.evaluatedAt()))
			.addValue("result", result.zip())
			.addValue("digest", result.digest())
			.addValue("revision", read.revision())
			.addValue("scope", read.key())
			.addValue("requestedBy", evaluation.requestedBy())
			.addValue("period", evaluation.period())
			.addValue("required", json(evaluation.requiredRulesets())), proposed(evaluation).toList());
	}

	/** Stores prepared evaluations in one batch statement, and the credit deductions they propose in another. */
	public void saveAll(Collection<Prepared> prepared) {
		this.batch.batchUpdate("""
				INSERT INTO evaluations (id, scheme, scheme_year, subject_type, subject_id, as_of, status,
				    total_points, ruleset_hash, evaluated_at, result_zip, result_digest, facts_revision, facts_scope,
				    requested_by, period, required_rulesets)
				VALUES (:id, :scheme, :year, :subjectType, :subjectId, :asOf, :status,
				    :totalPoints, :hash, :evaluatedAt, :result, :digest, :revision, :scope, :requestedBy, :period, :required)
				""", prepared.stream().map(Prepared::row).toArray(SqlParameterSource[]::new));
		this.proposals.record(prepared.stream().flatMap((row) -> row.proposed().stream()).toList());
	}

	/** An evaluation as it will be stored: {@link #prepare}. */
	public record Prepared(MapSqlParameterSource row, List<Proposed> proposed) {
	}

	/**
	 * What the evaluation proposes, for a person to confirm or reject; a deduction naming no company has nobody to
	 * impose it on and stays only in the result.
	 */
	private static Stream<Proposed> proposed(Evaluation evaluation) {
		return evaluation.creditDeductions()
			.stream()
			.filter((deduction) -> deduction.companyId() != null)
			.map((deduction) -> new Proposed(evaluation.scheme(), evaluation.year(), deduction.code(),
					deduction.evidence(), deduction.companyId(), evaluation.subjectType(), evaluation.subjectId(),
					deduction.points(), deduction.reason(), deduction.clause(), evaluation.id(),
					evaluation.evaluatedAt()));
	}

	public Optional<Evaluation> findById(String id) {
		return this.jdbc.sql("SELECT id, " + RESULT + " FROM evaluations WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> result(rs, 2))
			.optional()
			.map((json) -> read(json, Evaluation.class));
	}

	/**
	 * The rulesets the evaluation used besides its own, with their hashes, from their column (an empty list for an
	 * evaluation stored before V14__add_evaluation_required_rulesets); empty if there is no such evaluation.
	 */
	public Optional<List<RequiredRuleset>> requiredRulesetsOf(String id) {
		return this.jdbc.sql("SELECT required_rulesets FROM evaluations WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.map((json) -> json.map((text) -> List.of(read(text, RequiredRuleset[].class))).orElse(List.of()));
	}

	/**
	 * Where the facts the evaluation read are: its revision and scope, or for an evaluation stored before
	 * revisions existed (V9__create_fact_revisions), its snapshot of the facts.
	 */
	public Optional<StoredFacts> factsOf(String id) {
		return this.jdbc.sql("""
				SELECT e.facts_revision, e.facts_scope, s.facts_json FROM evaluations e
				LEFT JOIN fact_snapshots s ON s.hash = e.facts_hash
				WHERE e.id = :id
				""")
			.param("id", id)
			.query((rs, row) -> {
				long revision = rs.getLong(1);
				return rs.wasNull() ? new StoredFacts(null, read(rs.getString(3), Dataset.class))
						: new StoredFacts(FactsRead.parse(revision, rs.getString(2)), null);
			})
			.optional();
	}

	/**
	 * The evaluations of those ids in one query, each with the revision and scope of the facts it read (null for
	 * an evaluation stored before revisions existed); ids not stored are left out.
	 */
	public Map<String, Stored> findAll(Collection<String> ids) {
		Map<String, Stored> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc.sql("SELECT id, " + RESULT + ", facts_revision, facts_scope FROM evaluations WHERE id IN (:ids)")
			.param("ids", List.copyOf(new LinkedHashSet<>(ids)))
			.query((rs) -> {
				long revision = rs.getLong(5);
				FactsRead read = rs.wasNull() ? null : FactsRead.parse(revision, rs.getString(6));
				found.put(rs.getString(1), new Stored(read(result(rs, 2), Evaluation.class), read));
			});
		return found;
	}

	/** A stored evaluation and the revision and scope of the facts it read (null before revisions existed). */
	public record Stored(Evaluation evaluation, FactsRead read) {
	}

	/** The revision and scope an evaluation read, or (evaluations stored before revisions) its snapshot. */
	public record StoredFacts(FactsRead read, Dataset snapshot) {
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

	/** The revision of the facts each stored evaluation of the subject read, by evaluation id (null before revisions). */
	public Map<String, Long> factsRevisions(SubjectType subjectType, String subjectId) {
		Map<String, Long> found = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, facts_revision FROM evaluations WHERE subject_type = :subjectType AND subject_id = :subjectId")
			.param("subjectType", subjectType.name())
			.param("subjectId", subjectId)
			.query((rs) -> {
				long revision = rs.getLong(2);
				found.put(rs.getString(1), rs.wasNull() ? null : revision);
			});
		return found;
	}

	/**
	 * The stored result's JSON from the three columns {@link #RESULT} starting at {@code column}: inflated and
	 * checked against its digest, or for an evaluation stored before V18__compress_evaluation_results, as it was
	 * stored.
	 */
	private static String result(ResultSet rs, int column) throws SQLException {
		byte[] zip = rs.getBytes(column + 1);
		return (zip != null) ? StoredResults.inflate(rs.getString(1), zip, rs.getString(column + 2))
				: rs.getString(column);
	}

	/** The time as a parameter for a {@code TIMESTAMP(3)} column: {@link Timestamps#literal}. */
	public static String timestamp(Instant instant) {
		return Timestamps.literal(instant);
	}

	private String json(Object value) {
		try {
			return this.objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] bytes(Object value) {
		try {
			return this.objectMapper.writeValueAsBytes(value);
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
