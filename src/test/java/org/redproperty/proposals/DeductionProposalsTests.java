package org.redproperty.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proposed credit deductions on the demo district 淄川 (hongqi365 2023, whose HQ-CREDIT rules propose a deduction
 * for each safety problem not rectified in time or rectified perfunctorily): one proposal per identity however
 * often, and however (alone or in a job), the project is evaluated; a confirmation adds exactly one
 * {@code creditDeductions} fact in a revision of its own, a rejection keeps its reason, neither can be done twice,
 * and an account limited to another district sees none of them. Each test works on the proposals of its own
 * projects, so that the tests sharing the database do not meet.
 */
@TestPropertySource(properties = { "app.demo.enabled=true",
		"app.demo.datasets=fixtures/demo-zichuan.json,fixtures/gold-red-property-2019.json",
		"app.accounts.seed[0].username=tester", "app.accounts.seed[0].password={noop}tester-password",
		"app.accounts.seed[0].roles=ADMIN,POLICY,DATA_ENTRY,DISTRICT_STAFF,AUDITOR",
		"app.accounts.seed[1].username=zc-staff", "app.accounts.seed[1].password={noop}pw",
		"app.accounts.seed[1].roles=DISTRICT_STAFF", "app.accounts.seed[1].district-id=D-ZC",
		"app.accounts.seed[2].username=gold-staff", "app.accounts.seed[2].password={noop}pw",
		"app.accounts.seed[2].roles=DISTRICT_STAFF", "app.accounts.seed[2].district-id=G-D1",
		"app.accounts.seed[3].username=auditor", "app.accounts.seed[3].password={noop}pw",
		"app.accounts.seed[3].roles=AUDITOR" })
@Import(DeductionProposalsTests.Today.class)
abstract class DeductionProposalsTests extends DatabaseTestSupport {

	private static final String OVERDUE = "HQ-CREDIT-OVERDUE";

	/** The day confirmations are dated: inside 2024, so that they count in the credit grade of 2024. */
	static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

	@TestConfiguration(proxyBeanMethods = false)
	static class Today {

		@Bean
		Clock clock() {
			return Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
					ZoneId.of("Asia/Shanghai"));
		}

	}

	@Test
	void aConfirmedDeductionLowersTheNextCreditGradeByItsPoints() {
		Map<String, Object> facts = new java.util.HashMap<>(overdue("P-CG", "CM-06", "CO-03", "I-CG", "2023-11-08",
				"2023-11-20"));
		facts.put("creditDeductions", List.of(Map.of("id", "CD-CG-03", "companyId", "CO-03", "date", "2024-02-01",
				"points", 1, "reason", "试验：2024 年已有的扣分")));
		assertThat(post("/api/datasets", facts).status()).isEqualTo(200);
		JsonNode before = creditGrade("CO-03");
		assertThat(before.path("totalPoints").decimalValue()).isEqualByComparingTo("99");
		assertThat(before.path("status").asText()).isEqualTo("GRADE_A");
		evaluate("P-CG", "2023-12-31");
		JsonNode proposal = proposalsCiting("CO-03", "I-CG").get(0);
		BigDecimal points = proposal.path("points").decimalValue();

		ApiResponse confirmed = post("/api/deduction-proposals/{id}/confirm", null, proposal.path("id").asText());
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

		JsonNode after = creditGrade("CO-03");
		assertThat(after.path("totalPoints").decimalValue())
			.isEqualByComparingTo(before.path("totalPoints").decimalValue().subtract(points));
		assertThat(after.path("status").asText()).isEqualTo("GRADE_B");
	}

	private JsonNode creditGrade(String company) {
		ApiResponse response = post("/api/evaluations",
				Map.of("scheme", "credit-grade", "year", 2024, "subjectId", company, "asOf", "2024-12-31"));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.body();
	}

	@Test
	void evaluatingAgainKeepsOneProposalThatPointsAtTheFirstAndTheLatestEvaluation() {
		String first = evaluate("P-033", "2023-11-30");
		String latest = evaluate("P-033", "2023-12-31");
		List<JsonNode> found = proposalsCiting("CO-07", "I-002");
		assertThat(found).hasSize(1);
		JsonNode proposal = found.get(0);
		assertThat(proposal.path("scheme").asText()).isEqualTo("hongqi365");
		assertThat(proposal.path("year").asInt()).isEqualTo(2023);
		assertThat(proposal.path("ruleCode").asText()).isEqualTo(OVERDUE);
		assertThat(proposal.path("subjectId").asText()).isEqualTo("P-033");
		assertThat(proposal.path("points").decimalValue()).isEqualByComparingTo("5");
		assertThat(proposal.path("state").asText()).isEqualTo("PROPOSED");
		assertThat(proposal.path("firstEvaluationId").asText()).isEqualTo(first);
		assertThat(proposal.path("latestEvaluationId").asText()).isEqualTo(latest);
		assertThat(rows("I-002")).isEqualTo(1);
	}

	@Test
	void aProposalALaterEvaluationNoLongerMakesStaysAsItWas() {
		String proposing = evaluate("P-013", "2023-12-31");
		String later = evaluate("P-013", "2023-11-30");
		assertThat(get("/api/evaluations/" + later).body().path("creditDeductions")).as("rectify-by not passed yet")
			.isEmpty();
		JsonNode proposal = proposalsCiting("CO-03", "I-005").get(0);
		assertThat(proposal.path("state").asText()).isEqualTo("PROPOSED");
		assertThat(proposal.path("firstEvaluationId").asText()).isEqualTo(proposing);
		assertThat(proposal.path("latestEvaluationId").asText()).isEqualTo(proposing);
	}

	@Test
	void aJobProposesWhatASingleEvaluationProposesAndAgainAddsNothing() {
		// A district of its own, so that the jobs touch no other test's proposals.
		Map<String, Object> facts = new java.util.HashMap<>(overdue("P-PJ", "CM-PJ", "CO-11", "I-PJ", "2023-12-08",
				"2023-12-20"));
		facts.putAll(Map.of("districts", List.of(Map.of("id", "D-PJ", "name", "提案区")), "streets",
				List.of(Map.of("id", "S-PJ", "districtId", "D-PJ", "name", "提案街道")), "communities",
				List.of(Map.of("id", "CM-PJ", "streetId", "S-PJ", "name", "提案社区"))));
		assertThat(post("/api/datasets", facts).status()).isEqualTo(200);
		String single = evaluate("P-PJ", "2023-12-31");
		String firstJob = job("2023-12-31");
		long proposals = count("deduction_proposals");
		String secondJob = job("2023-12-31");
		assertThat(count("deduction_proposals")).as("the second job adds no proposal").isEqualTo(proposals);
		List<JsonNode> found = proposalsCiting("CO-11", "I-PJ");
		assertThat(found).hasSize(1);
		JsonNode proposal = found.get(0);
		assertThat(proposal.path("ruleCode").asText()).isEqualTo(OVERDUE);
		assertThat(proposal.path("firstEvaluationId").asText()).isEqualTo(single);
		assertThat(proposal.path("latestEvaluationId").asText()).isEqualTo(evaluationOf(secondJob, "P-PJ"))
			.isNotEqualTo(evaluationOf(firstJob, "P-PJ"));
		assertThat(rows("I-PJ")).isEqualTo(1);
	}

	@Test
	void confirmingAddsExactlyOneDeductionFactInANewRevision() {
		evaluate("P-006", "2023-11-30");
		JsonNode proposal = proposalsCiting("CO-05", "I-009").get(0);
		String id = proposal.path("id").asText();
		String evaluation = proposal.path("latestEvaluationId").asText();
		int deductions = count("credit_deductions");
		long revision = latestRevision();

		ApiResponse confirmed = post("/api/deduction-proposals/{id}/confirm", Map.of("reason", "经区住建局现场核实"), id);

		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.body().path("state").asText()).isEqualTo("CONFIRMED");
		assertThat(confirmed.body().path("decidedBy").asText()).isEqualTo(TESTER);
		assertThat(confirmed.body().path("decisionReason").asText()).isEqualTo("经区住建局现场核实");
		assertThat(confirmed.body().path("decidedEvaluationId").asText()).isEqualTo(evaluation);
		String factId = confirmed.body().path("creditDeductionId").asText();
		assertThat(factId).isEqualTo("DP-" + id);
		assertThat(confirmed.body().path("creditDeductionRevision").asLong()).isEqualTo(revision + 1);
		assertThat(count("credit_deductions")).isEqualTo(deductions + 1);
		assertThat(latestRevision()).isEqualTo(revision + 1);

		JsonNode history = get("/api/facts/creditDeductions/{id}/history", factId).body();
		assertThat(history.path("versions")).hasSize(1);
		JsonNode version = history.path("versions").path(0);
		assertThat(version.path("revision").asLong()).isEqualTo(revision + 1);
		assertThat(version.path("actor").asText()).isEqualTo(TESTER);
		JsonNode fact = version.path("fact");
		assertThat(fact.path("companyId").asText()).isEqualTo("CO-05");
		assertThat(fact.path("points").decimalValue()).isEqualByComparingTo("5");
		assertThat(fact.path("date").asText()).isEqualTo(TODAY.toString());
		assertThat(fact.path("reason").asText()).contains(evaluation, OVERDUE, "I-009", "hongqi365/2023",
				"经区住建局现场核实");
		JsonNode recorded = get("/api/revisions/{revision}", revision + 1).body();
		assertThat(recorded.path("source").asText()).contains(id);
		assertThat(recorded.path("counts").path("creditDeductions").path("added").asInt()).isEqualTo(1);
		assertThat(audited("PROPOSAL_CONFIRM", id)).containsExactly(200);

		ApiResponse again = post("/api/deduction-proposals/{id}/confirm", null, id);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().path("code").asText()).isEqualTo("PROPOSAL_ALREADY_DECIDED");
		assertThat(post("/api/deduction-proposals/{id}/reject", Map.of("reason", "迟来的驳回"), id).status())
			.isEqualTo(409);
		assertThat(count("credit_deductions")).isEqualTo(deductions + 1);
		assertThat(latestRevision()).isEqualTo(revision + 1);
		assertThat(audited("PROPOSAL_CONFIRM", id)).containsExactly(200, 409);

		String reevaluated = evaluate("P-006", "2023-12-31");
		JsonNode after = get("/api/deduction-proposals/{id}", id).body();
		assertThat(after.path("state").asText()).as("evaluating again leaves a decision alone").isEqualTo("CONFIRMED");
		assertThat(after.path("latestEvaluationId").asText()).isEqualTo(reevaluated);
		assertThat(after.path("decidedEvaluationId").asText()).isEqualTo(evaluation);
		assertThat(count("credit_deductions")).isEqualTo(deductions + 1);
		assertThat(get("/api/deduction-proposals?companyId=CO-05&state=CONFIRMED").body().path("content"))
			.extracting((p) -> p.path("id").asText())
			.containsExactly(id);
	}

	@Test
	void rejectingKeepsTheReasonAndChangesNoFact() {
		evaluate("P-034", "2023-11-30");
		JsonNode proposal = proposalsCiting("CO-07", "I-003").get(0);
		String id = proposal.path("id").asText();
		assertThat(proposal.path("ruleCode").asText()).isEqualTo("HQ-CREDIT-PERFUNCTORY");
		Map<String, String> facts = factTables();

		ApiResponse withoutReason = post("/api/deduction-proposals/{id}/reject", Map.of("reason", " "), id);
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.body().path("code").asText()).isEqualTo("INVALID_REQUEST");
		assertThat(get("/api/deduction-proposals/{id}", id).body().path("state").asText()).isEqualTo("PROPOSED");

		ApiResponse rejected = post("/api/deduction-proposals/{id}/reject", Map.of("reason", "整改已于期限前完成，系录入有误"),
				id);
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.body().path("state").asText()).isEqualTo("REJECTED");
		assertThat(rejected.body().path("decisionReason").asText()).isEqualTo("整改已于期限前完成，系录入有误");
		assertThat(rejected.body().path("decidedBy").asText()).isEqualTo(TESTER);
		assertThat(rejected.body().path("creditDeductionId").isNull()).isTrue();
		assertThat(get("/api/deduction-proposals/{id}", id).body().path("decisionReason").asText())
			.isEqualTo("整改已于期限前完成，系录入有误");

		ApiResponse confirm = post("/api/deduction-proposals/{id}/confirm", null, id);
		assertThat(confirm.status()).isEqualTo(409);
		assertThat(confirm.body().path("code").asText()).isEqualTo("PROPOSAL_ALREADY_DECIDED");
		assertThat(confirm.body().path("detail").asText()).contains("已驳回");
		assertThat(factTables()).isEqualTo(facts);
		assertThat(audited("PROPOSAL_REJECT", id)).containsExactly(400, 200);
	}

	@Test
	void anAccountOfAnotherDistrictSeesAndDecidesNoneOfThem() {
		evaluate("P-037", "2023-11-30");
		String id = proposalsCiting("CO-08", "I-010").get(0).path("id").asText();

		JsonNode other = as("gold-staff", HttpMethod.GET, "/api/deduction-proposals", null).body();
		assertThat(other.path("content")).isEmpty();
		assertThat(other.path("totalElements").asLong()).isZero();
		ApiResponse show = as("gold-staff", HttpMethod.GET, "/api/deduction-proposals/" + id, null);
		assertThat(show.status()).isEqualTo(404);
		assertThat(show.body().path("code").asText()).isEqualTo("PROPOSAL_NOT_FOUND");
		assertThat(as("gold-staff", HttpMethod.POST, "/api/deduction-proposals/" + id + "/confirm", null).status())
			.isEqualTo(404);
		assertThat(as("auditor", HttpMethod.POST, "/api/deduction-proposals/" + id + "/confirm", null).status())
			.isEqualTo(403);
		assertThat(get("/api/deduction-proposals/{id}", id).body().path("state").asText()).isEqualTo("PROPOSED");

		JsonNode own = as("zc-staff", HttpMethod.GET, "/api/deduction-proposals?companyId=CO-08", null).body();
		assertThat(own.path("content")).extracting((p) -> p.path("id").asText()).contains(id);
		ApiResponse confirmed = as("zc-staff", HttpMethod.POST, "/api/deduction-proposals/" + id + "/confirm", null);
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.body().path("decidedBy").asText()).isEqualTo("zc-staff");
	}

	/** A project of the company in the community with a fire-lane problem not rectified by its date. */
	private static Map<String, Object> overdue(String project, String community, String company, String incident,
			String date, String rectifyBy) {
		return Map.of("projects",
				List.of(Map.of("id", project, "name", project + "小区", "communityId", community, "companyId", company,
						"households", 300, "occupancyRate", 0.9, "disclosures",
						Map.of("contract", true, "serviceStandard", true, "publicIncome", true))),
				"incidents", List.of(Map.of("id", incident, "projectId", project, "companyId", company, "date", date,
						"type", "FIRE_LANE_BLOCKED", "description", "消防通道堵塞", "rectifyBy", rectifyBy)));
	}

	private String evaluate(String project, String asOf) {
		ApiResponse response = post("/api/evaluations",
				Map.of("scheme", "hongqi365", "year", 2023, "subjectId", project, "asOf", asOf));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.body().path("id").asText();
	}

	/** Runs a job over the test's own district and waits for it to succeed. */
	private String job(String asOf) {
		String id = post("/api/rescore-jobs",
				Map.of("scheme", "hongqi365", "year", 2023, "asOf", asOf, "districtId", "D-PJ")).body()
			.path("id")
			.asText();
		long deadline = System.nanoTime() + 120_000_000_000L;
		String state = "";
		while (!Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state) && System.nanoTime() < deadline) {
			sleep();
			state = get("/api/rescore-jobs/" + id).body().path("state").asText();
		}
		assertThat(state).isEqualTo("SUCCEEDED");
		return id;
	}

	private String evaluationOf(String job, String subject) {
		for (JsonNode row : get("/api/rescore-jobs/" + job + "/results?size=1000").body().path("content")) {
			if (row.path("subjectId").asText().equals(subject)) {
				return row.path("evaluationId").asText();
			}
		}
		throw new AssertionError("no result for " + subject + " in job " + job);
	}

	/** The listed proposals of the company that cite the record. */
	private List<JsonNode> proposalsCiting(String company, String record) {
		List<JsonNode> found = new ArrayList<>();
		get("/api/deduction-proposals?companyId=" + company + "&size=200").body()
			.path("content")
			.forEach((p) -> {
				if (p.path("cited").toString().equals("[\"" + record + "\"]")) {
					found.add(p);
				}
			});
		return found;
	}

	private int rows(String cited) {
		return this.jdbc.sql("SELECT COUNT(*) FROM deduction_proposals WHERE cited LIKE :cited")
			.param("cited", "%\"" + cited + "\"%")
			.query(Integer.class)
			.single();
	}

	private long latestRevision() {
		return get("/api/revisions").body().path("content").path(0).path("revision").asLong();
	}

	/** The statuses of the audit log's entries of that action on the proposal, oldest first. */
	private List<Integer> audited(String action, String id) {
		List<Integer> statuses = new ArrayList<>();
		get("/api/audit-log?action=" + action + "&size=100").body().path("content").forEach((entry) -> {
			if (entry.path("target").asText().contains(id)) {
				statuses.add(0, entry.path("status").asInt());
			}
		});
		return statuses;
	}

	private ApiResponse as(String account, HttpMethod method, String path, Object body) {
		return exchangeAs(account, "pw", method, path, body);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
