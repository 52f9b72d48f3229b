package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation API on the demo district: every expected result of {@code fixtures/expected/hongqi365-2023.json},
 * stored results, lists, fact snapshots, errors, asOf and determinism.
 */
abstract class EvaluationApiTests extends DatabaseTestSupport {

	static final String DEMO = "fixtures/demo-zichuan.json";

	static final String EXPECTED = "fixtures/expected/hongqi365-2023.json";

	@BeforeEach
	void importDemoOnce() {
		if (count("districts") == 0) {
			ApiResponse response = post("/api/datasets", fixture(DEMO));
			assertThat(response.status()).as("%s", response).isEqualTo(200);
		}
	}

	@Test
	void evaluatesEveryExpectedSubjectAsTheFixtureSays() {
		JsonNode expected = fixture(EXPECTED);
		assertThat(expected).isNotEmpty();
		List<String> mismatches = new ArrayList<>();
		for (JsonNode entry : expected) {
			ApiResponse response = evaluate(entry.path("subjectId").asText(), entry.path("asOf").asText());
			String where = entry.path("subjectId").asText() + "@" + entry.path("asOf").asText();
			if (response.status() != 201) {
				mismatches.add(where + ": " + response);
				continue;
			}
			JsonNode result = response.body();
			if (!result.path("subjectType").asText().equals(entry.path("subjectType").asText())) {
				mismatches.add(where + " subjectType " + result.path("subjectType"));
			}
			if (!result.path("status").asText().equals(entry.path("status").asText())) {
				mismatches.add(where + " status " + result.path("status") + ", expected " + entry.path("status"));
			}
			if (result.path("totalPoints").decimalValue().compareTo(entry.path("totalPoints").decimalValue()) != 0) {
				mismatches.add(where + " totalPoints " + result.path("totalPoints") + ", expected "
						+ entry.path("totalPoints"));
			}
			Set<String> failed = failedGates(result);
			Set<String> expectedFailed = new TreeSet<>();
			entry.path("failedGates").forEach((code) -> expectedFailed.add(code.asText()));
			if (!sameCodes(failed, expectedFailed)) {
				mismatches.add(where + " failed gates " + failed + ", expected " + expectedFailed);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void readsBackTheStoredResultAsAnswered() {
		JsonNode created = evaluate("P-001", "2023-11-30").body();

		ApiResponse stored = get("/api/evaluations/{id}", created.path("id").asText());

		assertThat(stored.status()).isEqualTo(200);
		assertThat(stored.body()).isEqualTo(created);
	}

	@Test
	void refusesToShowAStoredResultAlteredOutsideTheService() {
		JsonNode created = evaluate("P-001", "2023-11-30").body();
		String id = created.path("id").asText();
		String altered = created.toString().replace(created.path("status").asText(), "FIVE_STAR_ALTERED");
		this.jdbc.sql("UPDATE evaluations SET result_zip = :zip WHERE id = :id")
			.param("zip", StoredResults.compress(altered))
			.param("id", id)
			.update();

		ApiResponse stored = get("/api/evaluations/{id}", id);

		assertThat(stored.status()).isEqualTo(500);
		assertThat(stored.body().path("code").asText()).isEqualTo("STORED_RESULT_DAMAGED");
		assertThat(stored.body().path("evaluationId").asText()).isEqualTo(id);
		assertThat(stored.body().path("detail").asText()).contains(id).contains("摘要不符");
	}

	@Test
	void listsEvaluationsOfAProjectNewestFirst() {
		List<String> ids = new ArrayList<>();
		for (String asOf : List.of("2023-06-30", "2023-11-30", "2023-12-31", "2023-11-30")) {
			ids.add(evaluate("P-002", asOf).body().path("id").asText());
		}

		ApiResponse list = get("/api/projects/{id}/evaluations", "P-002");

		assertThat(list.status()).isEqualTo(200);
		List<String> listed = StreamSupport.stream(list.body().spliterator(), false)
			.map((summary) -> summary.path("id").asText())
			.filter(ids::contains)
			.toList();
		List<String> newestFirst = new ArrayList<>(ids);
		java.util.Collections.reverse(newestFirst);
		assertThat(listed).containsExactlyElementsOf(newestFirst);
		assertThat(list.body().get(0).path("evaluatedAt").asText())
			.isEqualTo(get("/api/evaluations/{id}", ids.get(3)).body().path("evaluatedAt").asText());
	}

	@Test
	void keepsTheFactsTheEvaluationSawAndNothingDatedLater() {
		String asOf = "2023-06-30";
		JsonNode created = evaluate("P-001", asOf).body();

		ApiResponse facts = get("/api/evaluations/{id}/facts", created.path("id").asText());

		assertThat(facts.status()).isEqualTo(200);
		assertThat(facts.body().path("projects").findValuesAsText("id")).containsExactly("P-001");
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		for (JsonNode activity : fixture(DEMO).path("activities")) {
			if (activity.path("projectId").asText().equals("P-001")) {
				boolean later = LocalDate.parse(activity.path("date").asText()).isAfter(LocalDate.parse(asOf));
				(later ? after : before).add(activity.path("id").asText());
			}
		}
		assertThat(after).as("the fixture should have records of P-001 after %s", asOf).isNotEmpty();
		assertThat(facts.body().path("activities").findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(before)
			.doesNotContainAnyElementsOf(after);
	}

	@Test
	void aRecordDatedAfterAsOfDoesNotCount() {
		JsonNode before = evaluate("P-002", "2023-11-30").body();
		ObjectNode late = this.objectMapper.createObjectNode();
		late.putArray("activities")
			.addObject()
			.put("id", "A-LATE-" + System.nanoTime())
			.put("projectId", "P-002")
			.put("date", "2023-12-01")
			.put("organizer", "物业")
			.put("heart", "HONGXIN")
			.put("kind", "ACTIVITY")
			.put("title", "验收日后的活动")
			.put("photoCount", 3)
			.put("residentSignatures", 3);
		assertThat(post("/api/datasets", late).status()).isEqualTo(200);

		JsonNode after = evaluate("P-002", "2023-11-30").body();

		assertThat(withoutIdAndTime(after)).isEqualTo(withoutIdAndTime(before));
	}

	@Test
	void sameFactsAndRulesetGiveTheSameResult() {
		JsonNode first = evaluate("D-ZC", "2023-11-30").body();
		JsonNode second = evaluate("D-ZC", "2023-11-30").body();

		assertThat(second.path("id")).isNotEqualTo(first.path("id"));
		assertThat(withoutIdAndTime(second)).isEqualTo(withoutIdAndTime(first));
		assertThat(get("/api/evaluations/{id}/facts", first.path("id").asText()).body())
			.isEqualTo(get("/api/evaluations/{id}/facts", second.path("id").asText()).body());
	}

	@Test
	void answersNotFoundForUnknownSchemeYearSubjectOrEvaluation() {
		assertProblem(post("/api/evaluations", request("nosuch", 2023, "P-001", "2023-11-30")), 404, "RULESET_NOT_FOUND");
		assertProblem(post("/api/evaluations", request("hongqi365", 1999, "P-001", "2023-11-30")), 404,
				"RULESET_NOT_FOUND");
		assertProblem(post("/api/evaluations", request("hongqi365", 2023, "P-NONE", "2023-11-30")), 404,
				"SUBJECT_NOT_FOUND");
		assertProblem(get("/api/evaluations/{id}", "no-such-evaluation"), 404, "EVALUATION_NOT_FOUND");
		assertProblem(get("/api/evaluations/{id}/facts", "no-such-evaluation"), 404, "EVALUATION_NOT_FOUND");
		assertProblem(get("/api/projects/{id}/evaluations", "P-NONE"), 404, "SUBJECT_NOT_FOUND");
	}

	@Test
	void refusesSubjectTypeTheRulesetDoesNotCover() {
		String company = fixture(DEMO).path("companies").get(0).path("id").asText();
		int stored = count("evaluations");

		assertProblem(post("/api/evaluations", request("hongqi365", 2023, company, "2023-11-30")), 422,
				"SUBJECT_TYPE_NOT_COVERED");
		assertThat(count("evaluations")).isEqualTo(stored);
	}

	@Test
	void refusesIncompleteRequestWithFieldErrors() {
		ApiResponse response = post("/api/evaluations", Map.of("scheme", "hongqi365"));

		assertProblem(response, 400, "INVALID_REQUEST");
		assertThat(response.body().path("errors").findValuesAsText("field")).contains("year", "subjectId", "asOf");
	}

	ApiResponse evaluate(String subjectId, String asOf) {
		ApiResponse response = post("/api/evaluations", request("hongqi365", 2023, subjectId, asOf));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response;
	}

	static Map<String, Object> request(String scheme, int year, String subjectId, String asOf) {
		return Map.of("scheme", scheme, "year", year, "subjectId", subjectId, "asOf", asOf);
	}

	static Set<String> failedGates(JsonNode result) {
		Set<String> failed = new TreeSet<>();
		result.path("gates").forEach((gate) -> {
			if (!gate.path("passed").asBoolean()) {
				failed.add(gate.path("code").asText());
			}
		});
		return failed;
	}

	/**
	 * Whether the failed gates are the expected ones. The fixture names a gate by the code of its rule, and the
	 * ruleset may name it more precisely (the fixture's {@code HQ-RED-POSITION} is the gate
	 * {@code HQ-RED-POSITION-RATE}): a code matches itself or a code that extends it with {@code -}.
	 */
	static boolean sameCodes(Set<String> actual, Set<String> expected) {
		return actual.size() == expected.size() && actual.stream()
			.allMatch((code) -> expected.stream().anyMatch((e) -> code.equals(e) || code.startsWith(e + "-")))
				&& expected.stream()
					.allMatch((e) -> actual.stream().anyMatch((code) -> code.equals(e) || code.startsWith(e + "-")));
	}

	/** The result without what names this evaluation: its id, time and the revision of the facts it read. */
	static JsonNode withoutIdAndTime(JsonNode result) {
		ObjectNode copy = result.deepCopy();
		copy.remove(List.of("id", "evaluatedAt", "factsRevision"));
		return copy;
	}

	static void assertProblem(ApiResponse response, int status, String code) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.isProblem()).as("%s", response).isTrue();
		assertThat(response.body().path("code").asText()).isEqualTo(code);
		assertThat(response.body().path("detail").asText()).containsPattern("\\p{IsHan}");
	}

}
