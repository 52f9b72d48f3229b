package org.redproperty.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fact revisions on a real database: history across imports, retraction all or nothing, facts as known at a
 * revision or an instant, replay after a correction without a stored copy of the facts, concurrent importers.
 */
abstract class RevisionsTests extends DatabaseTestSupport {

	@Test
	void keepsEveryVersionOfAFactAcrossThreeImports() {
		long first = importOk(Map.of("districts", List.of(Map.of("id", "D-H", "name", "甲区"))));
		long second = importOk(Map.of("districts", List.of(Map.of("id", "D-H", "name", "乙区"))));
		ApiResponse unchanged = post("/api/datasets", Map.of("districts", List.of(Map.of("id", "D-H", "name", "乙区"))));
		long third = importOk(Map.of("districts", List.of(Map.of("id", "D-H", "name", "丙区"))));

		assertThat(unchanged.body().path("updated").path("districts").asInt()).as("unchanged row").isZero();
		JsonNode history = get("/api/facts/districts/D-H/history").body();
		assertThat(history.path("current").asBoolean()).isTrue();
		assertThat(history.path("versions")).extracting((v) -> v.path("revision").asLong())
			.containsExactly(first, second, third);
		assertThat(history.path("versions")).extracting((v) -> v.path("fact").path("name").asText())
			.containsExactly("甲区", "乙区", "丙区");
		JsonNode change = history.path("versions").get(2).path("changes").get(0);
		assertThat(change.path("field").asText()).isEqualTo("name");
		assertThat(change.path("before").asText()).isEqualTo("乙区");
		assertThat(change.path("after").asText()).isEqualTo("丙区");
		assertThat(history.path("versions").get(0).path("retiredBy").asLong()).isEqualTo(second);
		assertThat(history.path("versions").get(0).path("actor").asText()).as("the signed-in account records the revision").isEqualTo("tester");
		JsonNode revision = get("/api/revisions/{n}", third).body();
		assertThat(revision.path("counts").path("districts").path("changed").asInt()).isEqualTo(1);
		assertThat(revision.path("source").asText()).isEqualTo("api");
		assertThat(get("/api/districts").body().findValues("revision")).extracting(JsonNode::asLong).contains(third);
		assertThat(get("/api/revisions?size=1").body().path("content").get(0).path("revision").asLong())
			.as("newest first").isGreaterThanOrEqualTo(third);
	}

	@Test
	void retractsAllOrNothing() {
		importOk(Map.of("districts", List.of(Map.of("id", "D-R", "name", "区")), "streets",
				List.of(Map.of("id", "S-R", "districtId", "D-R", "name", "街道"))));
		int revisionsBefore = count("fact_revisions");

		ApiResponse orphaning = post("/api/datasets", Map.of("districts", List.of(Map.of("id", "D-R2", "name", "新区")),
				"retract", Map.of("districts", List.of("D-R", "D-NONE"))));

		assertThat(orphaning.status()).isEqualTo(400);
		assertThat(orphaning.body().findValuesAsText("code")).contains("RETRACTION_ORPHANS", "UNKNOWN_RETRACTION");
		assertThat(count("fact_revisions")).as("nothing recorded").isEqualTo(revisionsBefore);
		assertThat(get("/api/facts/districts/D-R2/history").status()).as("the rest refused too").isEqualTo(404);

		long retraction = importOk(Map.of("retract", Map.of("streets", List.of("S-R"), "districts", List.of("D-R"))));
		assertThat(get("/api/streets?districtId=D-R").body()).isEmpty();
		JsonNode history = get("/api/facts/streets/S-R/history").body();
		assertThat(history.path("current").asBoolean()).isFalse();
		assertThat(history.path("versions").get(0).path("retracted").asBoolean()).isTrue();
		assertThat(history.path("versions").get(0).path("retiredBy").asLong()).isEqualTo(retraction);
		assertThat(get("/api/revisions/{n}", retraction).body().path("counts").path("streets").path("retracted").asInt())
			.isEqualTo(1);

		ApiResponse again = post("/api/datasets", Map.of("retract", Map.of("streets", List.of("S-R"))));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body().findValuesAsText("code")).contains("ALREADY_RETRACTED");
	}

	@Test
	void evaluatesFactsAsKnownAtARevisionOrAnInstantAndReplaysAfterACorrection() throws Exception {
		long imported = importOk(fixture("fixtures/small-valid.json"));
		Instant between = Instant.now();
		Thread.sleep(20);
		Map<String, Object> request = Map.of("scheme", "hongqi365", "year", 2023, "subjectId", "P-T1", "asOf",
				"2023-11-30");
		JsonNode before = post("/api/evaluations", request).body();
		long corrected = importOk(Map.of("retract", Map.of("activities", List.of("A-T1-001"))));

		JsonNode now = post("/api/evaluations", request).body();
		JsonNode byRevision = post("/api/evaluations", with(request, imported)).body();
		JsonNode byInstant = post("/api/evaluations", with(request, between.toString())).body();

		assertThat(before.path("factsRevision").asLong()).isEqualTo(imported);
		assertThat(now.path("factsRevision").asLong()).isEqualTo(corrected);
		assertThat(now.path("totalPoints").decimalValue()).isLessThan(before.path("totalPoints").decimalValue());
		assertThat(byRevision.path("factsRevision").asLong()).isEqualTo(imported);
		assertThat(byRevision.path("totalPoints").decimalValue()).isEqualByComparingTo(before.path("totalPoints").decimalValue());
		assertThat(byInstant.path("factsRevision").asLong()).isEqualTo(imported);
		ApiResponse replay = post("/api/evaluations/{id}/replay", null, before.path("id").asText());
		assertThat(replay.body().path("identical").asBoolean()).as("%s", replay).isTrue();
		assertThat(get("/api/evaluations/{id}/facts", before.path("id").asText()).body().path("activities")
			.findValuesAsText("id")).contains("A-T1-001");
		assertThat(count("fact_snapshots")).as("no copy of the facts stored").isZero();
		ApiResponse future = post("/api/evaluations", with(request, corrected + 100));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.body().path("code").asText()).isEqualTo("UNKNOWN_REVISION");
	}

	@Test
	void listsARecordEnteredLateAndStillCountsIt() {
		importOk(fixture("fixtures/small-valid.json"));

		JsonNode result = post("/api/evaluations", Map.of("scheme", "hongqi365", "year", 2023, "subjectId", "P-T1",
				"asOf", "2023-11-30")).body();

		// the 2023 records are entered today, years after their dates: each counted one is listed as 补录 and
		// still scores
		List<JsonNode> late = new ArrayList<>();
		result.path("findings").forEach((f) -> {
			if (f.path("code").asText().equals("HQ-ACT-LATE")) {
				late.add(f);
			}
		});
		List<String> scored = new ArrayList<>();
		result.path("lines").forEach((l) -> {
			if (l.path("code").asText().equals("HQ-ACT-PTS")) {
				scored.add(l.path("evidence").get(0).asText());
			}
		});
		assertThat(scored).isNotEmpty();
		assertThat(late).extracting((f) -> f.path("evidence").get(0).asText()).containsExactlyInAnyOrderElementsOf(scored);
		assertThat(late.get(0).path("message").asText()).contains("补录", "录入日期 " + java.time.LocalDate.now(
				java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(late.get(0).path("severity").asText()).isEqualTo("INFO");
	}

	@Test
	void concurrentImportersOfTheSameNewIdsNeverFail() throws Exception {
		Map<String, Object> dataset = Map.of("districts", List.of(Map.of("id", "D-C", "name", "并发区")), "streets",
				List.of(Map.of("id", "S-C", "districtId", "D-C", "name", "并发街道")));
		int importers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(importers);
		List<Future<ApiResponse>> answers = new ArrayList<>();
		for (int i = 0; i < importers; i++) {
			answers.add(pool.submit((Callable<ApiResponse>) () -> {
				start.await();
				return post("/api/datasets", dataset);
			}));
		}
		start.countDown();
		int created = 0;
		for (Future<ApiResponse> answer : answers) {
			ApiResponse response = answer.get();
			assertThat(response.status()).as("%s", response).isEqualTo(200);
			created += response.body().path("created").path("districts").asInt();
		}
		pool.shutdown();
		assertThat(created).as("one importer created the district, the others found it").isEqualTo(1);
		assertThat(get("/api/facts/districts/D-C/history").body().path("versions")).hasSize(1);
	}

	private long importOk(Object dataset) {
		ApiResponse response = post("/api/datasets", dataset);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.body().path("revision").asLong();
	}

	private static Map<String, Object> with(Map<String, Object> request, Object knownAt) {
		Map<String, Object> copy = new java.util.LinkedHashMap<>(request);
		copy.put("knownAt", knownAt);
		return copy;
	}

}
