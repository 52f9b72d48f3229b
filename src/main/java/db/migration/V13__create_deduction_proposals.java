package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.redproperty.facts.SubjectType;
import org.redproperty.proposals.DeductionProposals;
import org.redproperty.proposals.Proposed;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Creates {@code deduction_proposals} (issue 12 item 5): the credit deductions stored evaluations propose, one row per
 * identity, i.e. scheme, year, rule code, the records the proposal cites and the company ({@code identity_hash} is the
 * SHA-256 of the five). Evaluating again updates the row instead of adding one: it keeps the first evaluation that
 * proposed it and points at the latest; a proposal a later evaluation no longer makes stays as it was. A district
 * staff account confirms a proposal (it becomes the {@code creditDeductions} fact {@code credit_deduction_id}, recorded
 * in revision {@code credit_deduction_revision}) or rejects it with a reason, once; from then on the points, reason
 * and clause it was decided on are kept, and {@code decided_evaluation_id} names the evaluation the decision cited.
 * <p>
 * The evaluations stored before this migration propose deductions too: they are recorded here, oldest first, through
 * the same code as a new evaluation's ({@link DeductionProposals#record}), so that a proposal of an old evaluation
 * has the identity, and the first and latest evaluation, it would have had. In Java for that reason.
 */
public class V13__create_deduction_proposals extends BaseJavaMigration {

	/** Evaluations read per round: a round holds at most this many results in memory. */
	private static final int ROUND = 100;

	private static final List<String> SCHEMA = List.of("""
			CREATE TABLE deduction_proposals (
			    id                        VARCHAR(36)    NOT NULL PRIMARY KEY,
			    identity_hash             CHAR(64)       NOT NULL,
			    scheme                    VARCHAR(64)    NOT NULL,
			    scheme_year               INT            NOT NULL,
			    rule_code                 VARCHAR(100)   NOT NULL,
			    cited                     VARCHAR(1000)  NOT NULL,
			    company_id                VARCHAR(64)    NOT NULL,
			    subject_type              VARCHAR(16)    NOT NULL,
			    subject_id                VARCHAR(64)    NOT NULL,
			    points                    DECIMAL(9, 2)  NOT NULL,
			    reason                    VARCHAR(1000),
			    clause                    VARCHAR(300),
			    state                     VARCHAR(16)    NOT NULL,
			    first_evaluation_id       VARCHAR(36)    NOT NULL,
			    first_proposed_at         TIMESTAMP(3)   NOT NULL,
			    latest_evaluation_id      VARCHAR(36)    NOT NULL,
			    latest_proposed_at        TIMESTAMP(3)   NOT NULL,
			    decided_by                VARCHAR(64),
			    decided_at                TIMESTAMP(3)   NULL,
			    decision_reason           VARCHAR(1000),
			    decided_evaluation_id     VARCHAR(36),
			    credit_deduction_id       VARCHAR(64),
			    credit_deduction_revision BIGINT,
			    CONSTRAINT uq_deduction_proposals_identity UNIQUE (identity_hash)
			)""", // cited: the ids of the records cited (e.g. the incident), a JSON array in the rule's order;
			// state: PROPOSED, CONFIRMED or REJECTED.
			"CREATE INDEX ix_deduction_proposals_company ON deduction_proposals (company_id, state)",
			"CREATE INDEX ix_deduction_proposals_state ON deduction_proposals (state, first_proposed_at)");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String sql : SCHEMA) {
				statement.execute(sql);
			}
		}
		record(connection);
	}

	/** Records what the stored evaluations propose, in the order they were stored. */
	public static void record(Connection connection) throws SQLException {
		ObjectMapper objectMapper = new ObjectMapper();
		DeductionProposals proposals = DeductionProposals.over(new SingleConnectionDataSource(connection, true),
				objectMapper);
		List<String> ids = proposing(connection);
		for (int from = 0; from < ids.size(); from += ROUND) {
			List<String> round = ids.subList(from, Math.min(from + ROUND, ids.size()));
			Map<String, JsonNode> results = results(connection, objectMapper, round);
			List<Proposed> proposed = new ArrayList<>();
			round.forEach((id) -> proposed.addAll(proposed(results.get(id))));
			proposals.record(proposed);
		}
	}

	/** The evaluations whose result proposes a deduction, oldest first. */
	private static List<String> proposing(Connection connection) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id FROM evaluations WHERE result_json NOT LIKE ? ORDER BY evaluated_at, id")) {
			select.setString(1, "%\"creditDeductions\":[]%");
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					ids.add(result.getString(1));
				}
			}
		}
		return ids;
	}

	private static Map<String, JsonNode> results(Connection connection, ObjectMapper objectMapper, List<String> ids)
			throws SQLException {
		Map<String, JsonNode> results = new HashMap<>();
		String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id, result_json FROM evaluations WHERE id IN (" + marks + ")")) {
			for (int i = 0; i < ids.size(); i++) {
				select.setString(i + 1, ids.get(i));
			}
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					results.put(result.getString(1), objectMapper.readTree(result.getString(2)));
				}
			}
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("无法读取已存的评价结果", ex);
		}
		return results;
	}

	/** As {@code evaluation.Evaluations} gives them for a new evaluation: each deduction that names a company. */
	private static List<Proposed> proposed(JsonNode evaluation) {
		List<Proposed> proposed = new ArrayList<>();
		for (JsonNode deduction : evaluation.path("creditDeductions")) {
			if (deduction.path("companyId").isNull() || deduction.path("companyId").isMissingNode()) {
				continue;
			}
			List<String> cited = new ArrayList<>();
			deduction.path("evidence").forEach((id) -> cited.add(id.asText()));
			proposed.add(new Proposed(evaluation.path("scheme").asText(), evaluation.path("year").asInt(),
					deduction.path("code").asText(), cited, deduction.path("companyId").asText(),
					SubjectType.valueOf(evaluation.path("subjectType").asText()), evaluation.path("subjectId").asText(),
					deduction.path("points").decimalValue(), text(deduction.path("reason")),
					text(deduction.path("clause")), evaluation.path("id").asText(),
					Instant.parse(evaluation.path("evaluatedAt").asText())));
		}
		return proposed;
	}

	private static String text(JsonNode node) {
		return (node.isNull() || node.isMissingNode()) ? null : node.asText();
	}

}
