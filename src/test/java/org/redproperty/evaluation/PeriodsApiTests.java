package org.redproperty.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periods through the API: required where the manifest declares them (red-black-list/2024), refused where it does
 * not (hongqi365/2023), kept with the stored evaluation and its replay, and given to what-if.
 */
abstract class PeriodsApiTests extends DatabaseTestSupport {

	@BeforeEach
	void importDistricts() {
		if (count("districts") == 0) {
			for (String fixture : new String[] { "fixtures/demo-zichuan.json", "fixtures/red-black-list-2024.json" }) {
				ApiResponse response = post("/api/datasets", fixture(fixture));
				assertThat(response.status()).as("%s", response).isEqualTo(200);
			}
		}
	}

	@Test
	void refusesAnEvaluationWithoutThePeriodTheSchemeNeedsAndStoresNothing() {
		int before = count("evaluations");

		ApiResponse response = post("/api/evaluations", request("red-black-list", 2024, "RB-D1", "2024-03-31", null));

		assertProblem(response, 400, "PERIOD_REQUIRED", "Q1 第一季度");
		assertThat(count("evaluations")).isEqualTo(before);
	}

	@Test
	void refusesAPeriodTheManifestDoesNotDeclare() {
		assertProblem(post("/api/evaluations", request("red-black-list", 2024, "RB-D1", "2024-03-31", "H1")), 400,
				"UNKNOWN_PERIOD", "H1");
	}

	@Test
	void refusesAPeriodWhereTheSchemeHasNone() {
		assertProblem(post("/api/evaluations", request("hongqi365", 2023, "P-001", "2023-11-30", "Q1")), 400,
				"PERIOD_NOT_APPLICABLE", "不分评价期间");
	}

	@Test
	void keepsThePeriodWithTheStoredEvaluationAndReplaysIt() {
		ApiResponse created = post("/api/evaluations", request("red-black-list", 2024, "RB-D1", "2024-03-31", "Q1"));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.body().path("period").asText()).isEqualTo("Q1");
		assertThat(created.body().path("status").asText()).isEqualTo("PUBLISHED");
		String id = created.body().path("id").asText();

		assertThat(get("/api/evaluations/{id}", id).body()).isEqualTo(created.body());
		ApiResponse replay = post("/api/evaluations/{id}/replay", null, id);
		assertThat(replay.body().path("identical").asBoolean()).as("%s", replay).isTrue();
		assertThat(this.jdbc.sql("SELECT period FROM evaluations WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("Q1");
	}

	@Test
	void givesTheYearItsOwnOutcome() {
		JsonNode year = post("/api/evaluations", request("red-black-list", 2024, "RB-D1", "2024-12-31", "YEAR")).body();
		JsonNode q2 = post("/api/evaluations", request("red-black-list", 2024, "RB-D1", "2024-12-31", "Q2")).body();

		assertThat(year.path("period").asText()).isEqualTo("YEAR");
		assertThat(q2.path("period").asText()).isEqualTo("Q2");
		assertThat(year.path("findings").toString()).isNotEqualTo(q2.path("findings").toString());
	}

	@Test
	void evaluatesACompanyWithinTheDistrictWhereItServesAndReplaysIt() {
		JsonNode expected = null;
		for (JsonNode e : fixture("fixtures/expected/red-black-list-2024-Q2.json")) {
			expected = e.path("subjectId").asText().equals("RB-CO-01") ? e : expected;
		}

		ApiResponse created = post("/api/evaluations", request("red-black-list", 2024, "RB-CO-01", "2024-06-30", "Q2"));

		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.body().path("status").asText()).isEqualTo(expected.path("status").asText());
		assertThat(created.body().path("rank").asInt()).isEqualTo(expected.path("rank").asInt());
		assertThat(created.body().path("totalPoints").decimalValue()).isEqualByComparingTo("86");
		assertThat(created.body().path("evaluatedTogether").path("subjectId").asText()).isEqualTo("RB-D1");
		ApiResponse replay = post("/api/evaluations/{id}/replay", null, created.body().path("id").asText());
		assertThat(replay.body().path("identical").asBoolean()).as("%s", replay).isTrue();
	}

	@Test
	void refusesADistrictTheCompanyDoesNotServe() {
		assertProblem(post("/api/evaluations",
				request("red-black-list", 2024, "RB-CO-01", "2024-06-30", "Q2").put("districtId", "D-ZC")), 422,
				"DISTRICT_NOT_SERVED", "D-ZC");
	}

	@Test
	void comparesADraftForThePeriodAndRefusesWithoutOne() throws Exception {
		ObjectNode body = this.objectMapper.createObjectNode()
			.put("scheme", "red-black-list")
			.put("year", 2024)
			.put("asOf", "2024-03-31")
			.put("districtId", "RB-D1");
		String manifest = Files.readString(Path.of("rules/red-black-list/2024/manifest.yaml"))
			.replace("value: 0.2", "value: 0.1");
		body.putArray("files").addObject().put("name", "manifest.yaml").put("content", manifest);

		assertProblem(post("/api/what-if", body), 400, "PERIOD_REQUIRED", "period");

		ApiResponse report = post("/api/what-if", body.put("period", "Q1"));
		assertThat(report.status()).as("%s", report).isEqualTo(200);
		assertThat(report.body().path("period").asText()).isEqualTo("Q1");
		assertThat(report.body().path("changes").findValuesAsText("newStatus")).contains("RANKED");
	}

	private ObjectNode request(String scheme, int year, String subject, String asOf, String period) {
		ObjectNode request = this.objectMapper.createObjectNode()
			.put("scheme", scheme)
			.put("year", year)
			.put("subjectId", subject)
			.put("asOf", asOf);
		return (period != null) ? request.put("period", period) : request;
	}

	private static void assertProblem(ApiResponse response, int status, String code, String message) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().path("code").asText()).isEqualTo(code);
		assertThat(response.body().path("detail").asText()).contains(message);
	}

}
