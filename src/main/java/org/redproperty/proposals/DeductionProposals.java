package org.redproperty.proposals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Timestamps;
import org.redproperty.facts.SubjectType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored proposals, one row per identity. Evaluations record what they propose in one batch statement with
 * their own rows (a job writes a whole district at once); a proposal already stored is updated, not added again:
 * it points at the latest evaluation that proposed it, and while it is open takes that evaluation's points, reason
 * and clause. A decided proposal keeps what it was decided on.
 */
@Repository
public class DeductionProposals {

	private static final String COLUMNS = """
			id, scheme, scheme_year, rule_code, cited, company_id, subject_type, subject_id, points, reason, clause,
			state, first_evaluation_id, first_proposed_at, latest_evaluation_id, latest_proposed_at, decided_by,
			decided_at, decision_reason, decided_evaluation_id, credit_deduction_id, credit_deduction_revision
			""";

	private static final TypeReference<List<String>> IDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final ObjectMapper objectMapper;

	DeductionProposals(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.objectMapper = objectMapper;
	}

	/** The proposals of that database, outside Spring: the migration that creates the table records the old ones. */
	public static DeductionProposals over(DataSource dataSource, ObjectMapper objectMapper) {
		return new DeductionProposals(JdbcClient.create(dataSource), new NamedParameterJdbcTemplate(dataSource),
				objectMapper);
	}

	/**
	 * Adds each proposal not stored yet and updates the stored ones, in one batch statement (the bulk path of a job:
	 * a row per statement would slow it down). The rows go in the order of their identities, so that two districts
	 * written at once that share a proposal lock it in the same order.
	 */
	public void record(List<Proposed> proposed) {
		if (proposed.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = proposed.stream()
			.map((p) -> new MapSqlParameterSource().addValue("id", UUID.randomUUID().toString())
				.addValue("identity", identity(p))
				.addValue("scheme", p.scheme())
				.addValue("year", p.year())
				.addValue("code", p.ruleCode())
				.addValue("cited", json(p.cited()))
				.addValue("company", p.companyId())
				.addValue("subjectType", p.subjectType().name())
				.addValue("subjectId", p.subjectId())
				.addValue("points", p.points())
				.addValue("reason", p.reason())
				.addValue("clause", p.clause())
				.addValue("proposed", ProposalState.PROPOSED.name())
				.addValue("evaluation", p.evaluationId())
				.addValue("at", Timestamps.literal(p.evaluatedAt())))
			.sorted(Comparator.comparing((MapSqlParameterSource row) -> (String) row.getValue("identity")))
			.toArray(SqlParameterSource[]::new);
		// ON DUPLICATE KEY UPDATE: one statement that MariaDB, MySQL and H2 (MySQL mode) all run atomically, so a
		// proposal two transactions make at once is still one row.
		this.batch.batchUpdate("""
				INSERT INTO deduction_proposals (id, identity_hash, scheme, scheme_year, rule_code, cited, company_id,
				    subject_type, subject_id, points, reason, clause, state, first_evaluation_id, first_proposed_at,
				    latest_evaluation_id, latest_proposed_at)
				VALUES (:id, :identity, :scheme, :year, :code, :cited, :company, :subjectType, :subjectId, :points,
				    :reason, :clause, :proposed, :evaluation, :at, :evaluation, :at)
				ON DUPLICATE KEY UPDATE
				    points = CASE WHEN state = :proposed THEN VALUES(points) ELSE points END,
				    reason = CASE WHEN state = :proposed THEN VALUES(reason) ELSE reason END,
				    clause = CASE WHEN state = :proposed THEN VALUES(clause) ELSE clause END,
				    latest_evaluation_id = VALUES(latest_evaluation_id),
				    latest_proposed_at = VALUES(latest_proposed_at)
				""", rows);
	}

	public Optional<DeductionProposal> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM deduction_proposals WHERE id = :id")
			.param("id", id)
			.query(this::proposal)
			.optional();
	}

	/** A page of the proposals the filter lets through, the newest first. */
	List<DeductionProposal> page(ProposalFilter filter, int page, int size) {
		if (filter.empty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM deduction_proposals" + filter.where()
				+ " ORDER BY first_proposed_at DESC, id LIMIT :size OFFSET :offset")
			.params(filter.params())
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::proposal)
			.list();
	}

	long count(ProposalFilter filter) {
		if (filter.empty()) {
			return 0;
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM deduction_proposals" + filter.where())
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	/**
	 * The proposal, locked for the rest of the caller's transaction: a decision reads it here, so that another
	 * decision, or an evaluation that proposes it again, waits until the decision is written.
	 */
	Optional<DeductionProposal> lock(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM deduction_proposals WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(this::proposal)
			.optional();
	}

	/** Records the decision on an open proposal, on the evaluation it cites; one that is decided stays as it was. */
	void decide(String id, Decision decision) {
		this.jdbc.sql("""
				UPDATE deduction_proposals
				SET state = :state, decided_by = :by, decided_at = :at, decision_reason = :reason,
				    decided_evaluation_id = :evaluation, credit_deduction_id = :fact, credit_deduction_revision = :revision
				WHERE id = :id AND state = :proposed
				""")
			.param("id", id)
			.param("state", decision.state().name())
			.param("by", decision.by())
			.param("at", Timestamps.literal(decision.at()))
			.param("reason", decision.reason())
			.param("evaluation", decision.evaluationId())
			.param("fact", decision.creditDeductionId())
			.param("revision", decision.revision())
			.param("proposed", ProposalState.PROPOSED.name())
			.update();
	}

	/**
	 * A decision on a proposal: the state it leads to, who, when, why, the evaluation it cites, and for a
	 * confirmation the fact it created and that fact's revision.
	 */
	record Decision(ProposalState state, String by, Instant at, String reason, String evaluationId,
			String creditDeductionId, Long revision) {
	}

	/** The SHA-256 of scheme, year, rule code, company and each id cited, each length-prefixed. */
	static String identity(Proposed p) {
		List<String> parts = new ArrayList<>(List.of(p.scheme(), String.valueOf(p.year()), p.ruleCode(), p.companyId()));
		parts.addAll(p.cited());
		StringBuilder key = new StringBuilder();
		parts.forEach((part) -> key.append(part.length()).append(':').append(part).append(';'));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private DeductionProposal proposal(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("state");
		return new DeductionProposal(rs.getString("id"), rs.getString("scheme"), rs.getInt("scheme_year"),
				rs.getString("rule_code"), cited(rs.getString("cited")),
				rs.getString("company_id"), SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
				rs.getBigDecimal("points").stripTrailingZeros(), rs.getString("reason"), rs.getString("clause"),
				ProposalState.valueOf(state), rs.getString("first_evaluation_id"), instant(rs, "first_proposed_at"),
				rs.getString("latest_evaluation_id"), instant(rs, "latest_proposed_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"), rs.getString("decision_reason"), rs.getString("decided_evaluation_id"),
				rs.getString("credit_deduction_id"), (Long) rs.getObject("credit_deduction_revision", Long.class));
	}

	private String json(List<String> ids) {
		try {
			return this.objectMapper.writeValueAsString(ids);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> cited(String json) {
		try {
			return this.objectMapper.readValue(json, IDS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("无法读取拟扣信用分所引的记录", ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
