package org.redproperty.proposals;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import db.migration.V13__create_deduction_proposals;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 records the proposals of the evaluations stored before it, oldest first, and gives them what evaluating would
 * have given them: the same identities, points, reasons, and first and latest evaluations. Checked by storing
 * evaluations (single ones and a job's) the usual way, forgetting their proposals and letting the migration's step
 * find them again.
 */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.demo.datasets=fixtures/demo-zichuan.json" })
abstract class ProposalsMigrationTests extends DatabaseTestSupport {

	private static final String PROPOSALS = """
			SELECT identity_hash, scheme, scheme_year, rule_code, cited, company_id, subject_type, subject_id, points,
			    reason, clause, state, first_evaluation_id, first_proposed_at, latest_evaluation_id, latest_proposed_at
			FROM deduction_proposals ORDER BY identity_hash
			""";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Evaluations evaluations;

	@Test
	void recordsWhatTheEvaluationsStoredBeforeItProposed() throws Exception {
		for (String asOf : List.of("2023-06-30", "2023-12-31", "2023-11-30")) {
			for (String project : List.of("P-006", "P-013", "P-034")) {
				assertThat(post("/api/evaluations",
						Map.of("scheme", "hongqi365", "year", 2023, "subjectId", project, "asOf", asOf)).status())
					.isEqualTo(201);
			}
		}
		job();
		List<Map<String, Object>> recorded = this.jdbc.sql(PROPOSALS).query().listOfRows();
		assertThat(recorded).as("the seven deductions of 淄川 on 2023-12-31").hasSize(7);

		this.jdbc.sql("DELETE FROM deduction_proposals").update();
		asBeforeCompression();
		try (Connection connection = this.dataSource.getConnection()) {
			V13__create_deduction_proposals.record(connection);
		}

		assertThat(this.jdbc.sql(PROPOSALS).query().listOfRows()).isEqualTo(recorded);
	}

	/**
	 * The evaluations as V13 found them, before V18__compress_evaluation_results: each result as plain JSON, as the
	 * service serializes it.
	 */
	private void asBeforeCompression() throws Exception {
		for (String id : this.jdbc.sql("SELECT id FROM evaluations WHERE result_zip IS NOT NULL").query(String.class).list()) {
			Evaluation evaluation = this.evaluations.findById(id).orElseThrow();
			this.jdbc.sql("UPDATE evaluations SET result_json = :json, result_zip = NULL, result_digest = NULL WHERE id = :id")
				.param("json", this.objectMapper.writeValueAsString(evaluation))
				.param("id", id)
				.update();
		}
	}

	private void job() throws InterruptedException {
		String id = post("/api/rescore-jobs",
				Map.of("scheme", "hongqi365", "year", 2023, "asOf", "2023-12-31", "districtId", "D-ZC")).body()
			.path("id")
			.asText();
		long deadline = System.nanoTime() + 120_000_000_000L;
		String state = "";
		while (!Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			state = get("/api/rescore-jobs/" + id).body().path("state").asText();
		}
		assertThat(state).isEqualTo("SUCCEEDED");
	}

}
