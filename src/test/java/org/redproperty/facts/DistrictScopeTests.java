package org.redproperty.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account limited to the demo district 淄川 (D-ZC), on all three demo datasets: it cannot read, list, evaluate,
 * re-score or import another district's subjects, anything outside answers {@code 404} as if it did not exist, and
 * its jobs and their reports hold its district only.
 */
@TestPropertySource(properties = { "app.demo.enabled=true",
		"app.demo.datasets=fixtures/demo-zichuan.json,fixtures/gold-red-property-2019.json,fixtures/zhuzhou-demo-2023.json",
		"app.accounts.seed[0].username=tester", "app.accounts.seed[0].password={noop}tester-password",
		"app.accounts.seed[0].roles=ADMIN,POLICY,DATA_ENTRY,DISTRICT_STAFF,AUDITOR",
		"app.accounts.seed[1].username=zc", "app.accounts.seed[1].password={noop}zc-password",
		"app.accounts.seed[1].roles=DATA_ENTRY,DISTRICT_STAFF,AUDITOR", "app.accounts.seed[1].district-id=D-ZC" })
abstract class DistrictScopeTests extends DatabaseTestSupport {

	private static final String ZICHUAN = "fixtures/demo-zichuan.json";

	@Test
	void listsHoldOnlyTheOwnDistrict() {
		JsonNode zichuan = fixture(ZICHUAN);
		assertThat(ids(asZc(HttpMethod.GET, "/api/districts", null))).containsExactly("D-ZC");
		Set<String> serving = new HashSet<>();
		zichuan.path("projects")
			.forEach((project) -> serving.add(project.path("companyId").asText()));
		serving.remove("null");
		assertThat(ids(asZc(HttpMethod.GET, "/api/companies", null))).as("the companies serving its projects")
			.containsExactlyInAnyOrderElementsOf(serving);
		for (String kind : List.of("streets", "communities", "projects")) {
			assertThat(ids(asZc(HttpMethod.GET, "/api/" + kind, null))).as(kind)
				.containsExactlyInAnyOrderElementsOf(ids(zichuan.path(kind)));
			assertThat(ids(get("/api/" + kind))).as("the unlimited account sees more " + kind)
				.hasSizeGreaterThan(zichuan.path(kind).size());
		}
		assertThat(ids(asZc(HttpMethod.GET, "/api/streets?districtId=G-D1", null))).isEmpty();
	}

	@Test
	void anotherDistrictsSubjectIsNotFound() {
		assertThat(asZc(HttpMethod.GET, "/api/projects/P-001", null).status()).isEqualTo(200);
		assertThat(asZc(HttpMethod.GET, "/api/projects/G-P-01a", null).status()).isEqualTo(404);
		assertThat(asZc(HttpMethod.GET, "/api/projects/ZZ-P-01/evaluations", null).status()).isEqualTo(404);
		ApiResponse evaluation = asZc(HttpMethod.POST, "/api/evaluations",
				Map.of("scheme", "zhuzhou-demo", "year", 2023, "subjectId", "ZZ-P-01", "asOf", "2023-11-30"));
		assertThat(evaluation.status()).isEqualTo(404);
		assertThat(evaluation.body().path("code").asText()).isEqualTo("SUBJECT_NOT_FOUND");

		String other = post("/api/evaluations",
				Map.of("scheme", "zhuzhou-demo", "year", 2023, "subjectId", "ZZ-P-01", "asOf", "2023-11-30")).body()
			.path("id")
			.asText();
		assertThat(asZc(HttpMethod.GET, "/api/evaluations/" + other, null).status()).isEqualTo(404);
		assertThat(asZc(HttpMethod.GET, "/api/evaluations/" + other + "/facts", null).status()).isEqualTo(404);
		assertThat(asZc(HttpMethod.POST, "/api/evaluations/" + other + "/replay", null).status()).isEqualTo(404);
	}

	@Test
	void evaluatesItsOwnSubjectsAndRecordsWhoAsked() {
		ApiResponse evaluation = asZc(HttpMethod.POST, "/api/evaluations",
				Map.of("scheme", "hongqi365", "year", 2023, "subjectId", "P-001", "asOf", "2023-11-30"));
		assertThat(evaluation.status()).isEqualTo(201);
		assertThat(evaluation.body().path("requestedBy").asText()).isEqualTo("zc");
		String id = evaluation.body().path("id").asText();
		assertThat(get("/api/evaluations/" + id).body().path("requestedBy").asText()).isEqualTo("zc");
		assertThat(this.jdbc.sql("SELECT requested_by FROM evaluations WHERE id = :id").param("id", id)
			.query(String.class)
			.single()).isEqualTo("zc");
	}

	@Test
	void rescoresOnlyItsOwnDistrictAndItsReportsHoldOnlyThat() throws InterruptedException {
		ApiResponse another = asZc(HttpMethod.POST, "/api/rescore-jobs",
				Map.of("scheme", "zhuzhou-demo", "year", 2023, "asOf", "2023-11-30", "districtId", "ZZ-D1"));
		assertThat(another.status()).isEqualTo(404);
		ApiResponse started = asZc(HttpMethod.POST, "/api/rescore-jobs",
				Map.of("scheme", "hongqi365", "year", 2023, "asOf", "2023-11-30"));
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String id = started.body().path("id").asText();
		JsonNode job = finished(id);
		assertThat(job.path("districtId").asText()).as("a job without a district is one of the own district")
			.isEqualTo("D-ZC");
		assertThat(job.path("requestedBy").asText()).isEqualTo("zc");
		Set<String> elsewhere = new HashSet<>();
		for (String file : List.of("fixtures/gold-red-property-2019.json", "fixtures/zhuzhou-demo-2023.json")) {
			JsonNode other = fixture(file);
			List.of("districts", "streets", "communities", "companies", "projects")
				.forEach((kind) -> elsewhere.addAll(ids(other.path(kind))));
		}
		List<String> subjects = new java.util.ArrayList<>();
		asZc(HttpMethod.GET, "/api/rescore-jobs/" + id + "/results?size=1000", null).body()
			.path("content")
			.forEach((row) -> subjects.add(row.path("subjectId").asText()));
		assertThat(subjects).contains("D-ZC", "P-001").doesNotContainAnyElementsOf(elsewhere);
		String report = this.rest.withBasicAuth("zc", "zc-password")
			.getForObject("/api/rescore-jobs/" + id + "/report.csv", String.class);
		assertThat(report).contains("P-001");
		elsewhere.forEach((other) -> assertThat(report).doesNotContain("," + other + ","));

		String other = post("/api/rescore-jobs",
				Map.of("scheme", "zhuzhou-demo", "year", 2023, "asOf", "2023-11-30", "districtId", "ZZ-D1")).body()
			.path("id")
			.asText();
		finished(other);
		assertThat(asZc(HttpMethod.GET, "/api/rescore-jobs/" + other, null).status()).isEqualTo(404);
		assertThat(asZc(HttpMethod.GET, "/api/rescore-jobs/" + other + "/results", null).status()).isEqualTo(404);
	}

	@Test
	void anImportTouchingAnotherDistrictIsRefusedWholeWithAnErrorPerSuchRow() {
		JsonNode gold = fixture("fixtures/gold-red-property-2019.json");
		JsonNode zichuan = fixture(ZICHUAN);
		ObjectNode dataset = this.objectMapper.createObjectNode();
		// The own district's street as it is stored: importing it again changes nothing the other tests see.
		ObjectNode ownStreet = zichuan.path("streets").get(0).deepCopy();
		ObjectNode otherStreet = ((ObjectNode) gold.path("streets").get(0).deepCopy()).put("id", "G-S-NEW");
		dataset.putArray("streets").add(ownStreet).add(otherStreet);
		ObjectNode otherSurvey = ((ObjectNode) gold.path("surveys").get(0).deepCopy()).put("id", "G-SV-NEW");
		dataset.putArray("surveys").add(otherSurvey);
		Map<String, String> before = factTables();

		ApiResponse refused = asZc(HttpMethod.POST, "/api/datasets", dataset);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body().path("code").asText()).isEqualTo("INVALID_DATASET");
		ArrayNode errors = (ArrayNode) refused.body().path("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors).allSatisfy((error) -> assertThat(error.path("code").asText()).isEqualTo("OUTSIDE_DISTRICT"));
		assertThat(ids(errors)).containsExactlyInAnyOrder("G-S-NEW", "G-SV-NEW");
		assertThat(errors.get(0).path("index").asInt()).as("the row's position in the import").isEqualTo(1);
		assertThat(factTables()).as("nothing written").isEqualTo(before);

		dataset.remove("surveys");
		((ArrayNode) dataset.path("streets")).remove(1);
		assertThat(asZc(HttpMethod.POST, "/api/datasets", dataset).status()).as("the own district's rows alone")
			.isEqualTo(200);
	}

	@Test
	void aRetractionOfAnotherDistrictsRecordIsRefusedWithTheRestOfItsImport() {
		String otherActivity = fixture("fixtures/zhuzhou-demo-2023.json").path("activities").get(0).path("id").asText();
		String ownStreet = fixture(ZICHUAN).path("streets").get(0).toString();
		Map<String, String> before = factTables();

		ApiResponse refused = asZc(HttpMethod.POST, "/api/datasets",
				"{\"streets\": [" + ownStreet + "], \"retract\": {\"activities\": [\"" + otherActivity + "\"]}}");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body().path("errors")).singleElement().satisfies((error) -> {
			assertThat(error.path("code").asText()).isEqualTo("OUTSIDE_DISTRICT");
			assertThat(error.path("id").asText()).isEqualTo(otherActivity);
			assertThat(error.path("kind").asText()).isEqualTo("retract");
		});
		assertThat(factTables()).as("nothing written, nothing retracted").isEqualTo(before);
	}

	private ApiResponse asZc(HttpMethod method, String path, Object body) {
		return exchangeAs("zc", "zc-password", method, path, body);
	}

	private JsonNode finished(String id) throws InterruptedException {
		long deadline = System.nanoTime() + 120_000_000_000L;
		JsonNode job = get("/api/rescore-jobs/" + id).body();
		while (!Set.of("SUCCEEDED", "FAILED").contains(job.path("state").asText()) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			job = get("/api/rescore-jobs/" + id).body();
		}
		assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
		return job;
	}

	private static List<String> ids(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return ids(response.body());
	}

	private static List<String> ids(JsonNode rows) {
		List<String> ids = new java.util.ArrayList<>();
		rows.forEach((row) -> ids.add(row.path("id").asText()));
		return ids;
	}

}
