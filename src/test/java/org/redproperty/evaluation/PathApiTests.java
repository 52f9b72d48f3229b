package org.redproperty.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.evaluation.EvaluationApiTests.assertProblem;

/**
 * {@code GET /api/evaluations/{id}/path} on the demo data of hongqi365, zhuzhou-demo and gold-red-property: a plan
 * that fixes a record, a disqualified project, a missing month, a gold company ranked below tenth place in a batch
 * job (evaluated together with its district), the default and an explicit target, and the errors; every plan
 * verified.
 */
abstract class PathApiTests extends DatabaseTestSupport {

	@BeforeEach
	void importDemoOnce() {
		if (count("districts") == 0) {
			assertThat(post("/api/datasets", fixture(EvaluationApiTests.DEMO)).status()).isEqualTo(200);
			assertThat(post("/api/datasets", fixture("fixtures/zhuzhou-demo-2023.json")).status()).isEqualTo(200);
			assertThat(post("/api/datasets", fixture("fixtures/gold-red-property-2019.json")).status()).isEqualTo(200);
		}
	}

	@Test
	void aProjectShortOfRecordsGetsAVerifiedPlanThatFixesTheFixableOnes() {
		JsonNode plan = path(evaluate("hongqi365", "P-015"), null);

		assertThat(plan.path("status").asText()).isEqualTo("NOT_AWARDED");
		assertThat(plan.path("target").asText()).isEqualTo("FIVE_STAR");
		assertThat(plan.path("reachable").asBoolean()).isTrue();
		assertThat(plan.path("verified").asBoolean()).isTrue();
		assertThat(plan.path("verifiedStatus").asText()).isEqualTo("FIVE_STAR");
		assertThat(plan.path("daysLeft").asInt()).isZero();
		assertThat(plan.path("steps")).hasSize(1);
		JsonNode step = plan.path("steps").get(0);
		assertThat(step.path("gate").asText()).isEqualTo("HQ-ACT-MIN");
		assertThat(step.path("fixable").asBoolean()).isTrue();
		assertThat(step.path("records")).hasSize(step.path("gap").asInt());
		assertThat(step.path("added")).isEmpty();
		assertThat(plan.path("summary").asText()).containsPattern("\\p{IsHan}");
	}

	@Test
	void aDisqualifiedProjectIsUnreachableWithItsBlocker() {
		JsonNode plan = path(evaluate("hongqi365", "P-011"), "FIVE_STAR");

		assertThat(plan.path("status").asText()).isEqualTo("DISQUALIFIED");
		assertThat(plan.path("reachable").asBoolean()).isFalse();
		assertThat(plan.path("verified").asBoolean()).isTrue();
		assertThat(plan.path("blockers").findValuesAsText("gate")).containsExactly("HQ-SAFE-DQ");
	}

	@Test
	void aZhuzhouProjectMissingAMonthGetsAPlanNamingIt() {
		JsonNode plan = path(evaluate("zhuzhou-demo", "ZZ-P-10"), null);

		assertThat(plan.path("target").asText()).isEqualTo("CANDIDATE");
		assertThat(plan.path("reachable").asBoolean()).isTrue();
		assertThat(plan.path("verified").asBoolean()).isTrue();
		JsonNode step = plan.path("steps").get(0);
		assertThat(step.path("gate").asText()).isEqualTo("ZZ-MONTHLY");
		assertThat(step.path("units")).hasSize(1);
		String month = step.path("units").get(0).asText();
		assertThat(month).matches("2023-\\d\\d");
		assertThat(step.path("added").get(0).path("record").path("date").asText()).startsWith(month);
	}

	@Test
	void aGoldCompanyBelowTenthPlaceOfItsDistrictIsToldTheScoreToPass() throws InterruptedException {
		JsonNode started = post("/api/rescore-jobs", java.util.Map.of("scheme", "gold-red-property", "year", 2019, "asOf",
				"2019-12-20", "districtId", "G-D1")).body();
		String job = started.path("id").asText();
		for (int i = 0; i < 240 && !get("/api/rescore-jobs/{id}", job).body().path("state").asText().equals("SUCCEEDED"); i++) {
			Thread.sleep(250);
		}
		JsonNode shortlisted = get("/api/rescore-jobs/{id}/results?status=SHORTLISTED", job).body().path("content");
		assertThat(shortlisted).as("the gold fixture has companies below tenth place").isNotEmpty();

		JsonNode plan = path(shortlisted.get(0).path("evaluationId").asText(), null);

		assertThat(plan.path("status").asText()).isEqualTo("SHORTLISTED");
		assertThat(plan.path("target").asText()).isEqualTo("GOLD");
		assertThat(plan.path("reachable").asBoolean()).isTrue();
		assertThat(plan.path("verified").asBoolean()).isTrue();
		assertThat(plan.path("verifiedStatus").asText()).isEqualTo("GOLD");
		JsonNode step = plan.path("steps").get(plan.path("steps").size() - 1);
		assertThat(step.path("gate").asText()).isEqualTo("GOLD-RANK");
		assertThat(step.path("required").decimalValue()).isGreaterThan(step.path("actual").decimalValue());
		assertThat(step.path("reason").asText()).contains("须超过第 10 名");
	}

	@Test
	void refusesAnUnknownTargetAndAnUnknownEvaluation() {
		String id = evaluate("hongqi365", "P-015");

		assertProblem(get("/api/evaluations/{id}/path?target={t}", id, "SIX_STAR"), 400, "UNKNOWN_TARGET_STATUS");
		assertProblem(get("/api/evaluations/{id}/path", "no-such-evaluation"), 404, "EVALUATION_NOT_FOUND");
	}

	private String evaluate(String scheme, String subjectId) {
		ApiResponse response = post("/api/evaluations",
				EvaluationApiTests.request(scheme, 2023, subjectId, "2023-11-30"));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().path("id").asText();
	}

	private JsonNode path(String id, String target) {
		ApiResponse response = (target == null) ? get("/api/evaluations/{id}/path", id)
				: get("/api/evaluations/{id}/path?target={target}", id, target);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.body();
	}

}
