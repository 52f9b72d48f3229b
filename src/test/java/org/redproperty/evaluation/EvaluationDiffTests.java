package org.redproperty.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.RulesCopies;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Diffs with causes, through the API, on 红齐365 (single evaluations of projects) and on gold (re-score jobs, a
 * company ranked over the district): facts only, rules only, asOf only, and two factors whose change appears only
 * together; the job's changes name the same causes. Each test uses its own subjects; a test that edits the rules
 * puts them back.
 */
abstract class EvaluationDiffTests extends DatabaseTestSupport {

	private static final String GOLD = "gold-red-property";

	@Value("${app.rules.dir}")
	Path rulesDir;

	@DynamicPropertySource
	static void copyOfRules(DynamicPropertyRegistry registry) {
		RulesCopies.withoutTests(registry);
	}

	@BeforeEach
	void importFixturesOnce() {
		if (count("districts") == 0) {
			assertThat(post("/api/datasets", fixture(EvaluationApiTests.DEMO)).status()).isEqualTo(200);
			assertThat(post("/api/datasets", fixture("fixtures/gold-red-property-2019.json")).status()).isEqualTo(200);
		}
	}

	@Test
	void namesTheRetractedRecordWhenOnlyTheFactsChanged() {
		JsonNode before = evaluate("P-002", "2023-11-30");
		String counted = before.path("lines").get(0).path("evidence").get(0).asText();
		long retraction = importOk(Map.of("retract", Map.of("activities", List.of(counted))));
		JsonNode after = evaluate("P-002", "2023-11-30");

		JsonNode diff = diff(after, before);

		assertThat(diff.path("statusChanged").asBoolean()).isTrue();
		assertThat(texts(diff.path("differs"))).containsExactly("FACTS");
		assertThat(texts(diff.path("causes"))).containsExactly("FACTS");
		JsonNode gate = change(diff, "GATE", "HQ-ACT-MIN");
		assertThat(gate.path("before").path("actual").asInt()).isEqualTo(50);
		assertThat(gate.path("after").path("actual").asInt()).isEqualTo(49);
		assertThat(texts(gate.path("causes"))).containsExactly("FACTS");
		assertThat(gate.path("interaction").asBoolean()).isFalse();
		assertThat(gate.path("facts")).hasSize(1);
		assertThat(gate.path("facts").get(0).path("id").asText()).isEqualTo(counted);
		assertThat(gate.path("facts").get(0).path("kind").asText()).isEqualTo("activities");
		assertThat(gate.path("facts").get(0).path("change").asText()).isEqualTo("RETRACTED");
		assertThat(gate.path("facts").get(0).path("revision").asLong()).isEqualTo(retraction);
		assertThat(gate.path("reason").asText()).contains("记录 " + counted).contains("被撤回").contains("HQ-ACT-MIN")
			.contains("由 50 变为 49").contains("由通过变为未通过");
		assertThat(change(diff, "STATUS", null).path("facts")).extracting((f) -> f.path("id").asText()).contains(counted);
		assertThat(change(diff, "LINE", "HQ-ACT-PTS").path("before").path("evidence").get(0).asText()).isEqualTo(counted);
		assertThat(diff.path("facts")).extracting((f) -> f.path("id").asText()).containsExactly(counted);
	}

	@Test
	void namesTheDateWhenOnlyTheDateChanged() {
		JsonNode before = evaluate("P-004", "2023-06-30");
		JsonNode after = evaluate("P-004", "2023-11-30");

		JsonNode diff = diff(after, before);

		assertThat(diff.path("statusChanged").asBoolean()).isTrue();
		assertThat(texts(diff.path("differs"))).containsExactly("AS_OF");
		assertThat(diff.path("changes")).isNotEmpty().allSatisfy((c) -> {
			assertThat(texts(c.path("causes"))).containsExactly("AS_OF");
			assertThat(c.path("facts")).isEmpty();
			assertThat(c.path("rules")).isEmpty();
		});
		assertThat(change(diff, "STATUS", null).path("reason").asText()).contains("评价日由 2023-06-30 改为 2023-11-30")
			.contains("FIVE_STAR");
	}

	@Test
	void namesTheParameterWhenOnlyTheRulesChanged() throws IOException {
		JsonNode before = evaluate("P-022", "2023-11-30");
		String restore = minRecords(51);
		try {
			JsonNode after = evaluate("P-022", "2023-11-30");

			JsonNode diff = diff(after, before);

			assertThat(texts(diff.path("differs"))).containsExactly("RULES");
			assertThat(diff.path("rules").path("parameters").get(0).path("name").asText()).isEqualTo("minRecords");
			JsonNode gate = change(diff, "GATE", "HQ-ACT-MIN");
			assertThat(texts(gate.path("causes"))).containsExactly("RULES");
			assertThat(texts(gate.path("rules"))).contains("HQ-ACT-MIN", "manifest.yaml:minRecords");
			assertThat(gate.path("reason").asText()).contains("minRecords").contains("由 50 改为 51");
			JsonNode status = change(diff, "STATUS", null);
			assertThat(texts(status.path("causes"))).containsExactly("RULES");
			assertThat(texts(status.path("rules"))).contains("manifest.yaml:minRecords");
			assertThat(status.path("facts")).isEmpty();
		}
		finally {
			restore(restore);
		}
	}

	/**
	 * One more record and one more required: the record alone passes with a higher actual, the rule alone fails,
	 * and only both together give the gate its new required and actual values.
	 */
	@Test
	void reportsAChangeThatOnlyTwoFactorsTogetherMakeAsTheirInteraction() throws IOException {
		JsonNode before = evaluate("P-005", "2023-11-30");
		Map<String, Object> activity = new LinkedHashMap<>(Map.of("id", "A-P005-X1", "projectId", "P-005", "date",
				"2023-11-20", "organizer", "淄博孝河物业服务有限公司", "heart", "HONGXIN", "kind", "ACTIVITY", "title",
				"补充议事会", "description", "般阳新村开展补充议事会，20名居民参与。", "photoCount", 3));
		activity.put("residentSignatures", 8);
		importOk(Map.of("activities", List.of(activity)));
		String restore = minRecords(52);
		try {
			JsonNode after = evaluate("P-005", "2023-11-30");

			JsonNode diff = diff(after, before);

			assertThat(diff.path("statusChanged").asBoolean()).isFalse();
			assertThat(texts(diff.path("differs"))).containsExactly("FACTS", "RULES");
			JsonNode gate = change(diff, "GATE", "HQ-ACT-MIN");
			assertThat(texts(gate.path("causes"))).containsExactly("FACTS", "RULES");
			assertThat(gate.path("interaction").asBoolean()).isTrue();
			assertThat(gate.path("reason").asText()).contains("同时改变时才出现");
			JsonNode line = change(diff, "LINE", "HQ-ACT-PTS");
			assertThat(texts(line.path("causes"))).containsExactly("FACTS");
			assertThat(line.path("interaction").asBoolean()).isFalse();
			assertThat(line.path("facts").get(0).path("id").asText()).isEqualTo("A-P005-X1");
			assertThat(line.path("facts").get(0).path("change").asText()).isEqualTo("ADDED");
		}
		finally {
			restore(restore);
		}
	}

	@Test
	void namesAnotherCompanysRecordWhenTheGoldRankingChangesWithTheFacts() {
		String first = job("2019-12-20");
		importOk(Map.of("assessments", List.of(Map.of("id", "G-AD-12", "companyId", "G-CO-12", "level", "DISTRICT",
				"date", "2019-12-10", "organization", 20, "team", 18, "management", 17, "service", 17, "image", 17))));
		String second = job("2019-12-20");

		JsonNode changes = get("/api/rescore-jobs/{id}/changes", second).body();

		assertThat(changes.path("previousJobId").asText()).isEqualTo(first);
		assertThat(changes.path("changes")).isNotEmpty().allSatisfy((c) -> {
			assertThat(texts(c.path("causes"))).containsExactly("FACTS");
			assertThat(c.path("facts")).extracting((f) -> f.path("id").asText()).contains("G-AD-12");
		});
		JsonNode risen = subject(changes, "G-CO-12");
		assertThat(risen.path("status").asText()).isEqualTo("GOLD");
		assertThat(risen.path("causeReason").asText()).contains("G-AD-12").contains("被修改");
		JsonNode fallen = subject(changes, "G-CO-10");
		assertThat(fallen.path("previousStatus").asText()).isEqualTo("GOLD");
		JsonNode diff = get("/api/evaluations/{id}/diff?against={other}", fallen.path("evaluationId").asText(),
				fallen.path("previousEvaluationId").asText()).body();
		JsonNode rank = change(diff, "RANK", null);
		assertThat(rank.path("before").path("rank").asInt()).isEqualTo(10);
		assertThat(rank.path("after").path("rank").asInt()).isEqualTo(11);
		assertThat(rank.path("facts")).extracting((f) -> f.path("id").asText()).containsExactly("G-AD-12");
		assertThat(rank.path("reason").asText()).contains("名次由第 10 名变为第 11 名");
	}

	@Test
	void namesTheDateWhenTheGoldRankingChangesWithTheDate() {
		job("2019-06-30");
		String second = job("2019-12-20");

		JsonNode changes = get("/api/rescore-jobs/{id}/changes?size=5", second).body();

		assertThat(changes.path("changes")).hasSize(5).allSatisfy((c) -> {
			assertThat(texts(c.path("causes"))).containsExactly("AS_OF");
			assertThat(c.path("causeReason").asText()).contains("评价日由 2019-06-30 改为 2019-12-20");
		});
		assertThat(changes.path("totalElements").asInt()).isGreaterThan(5);
		assertThat(get("/api/rescore-jobs/{id}/changes?size=5&page=1", second).body().path("changes").get(0)
			.path("subjectId").asText()).isNotEqualTo(changes.path("changes").get(0).path("subjectId").asText());
	}

	@Test
	void namesTheParameterWhenTheGoldPlacesChange() throws IOException {
		job("2019-12-20");
		Path manifest = this.rulesDir.resolve(GOLD + "/2019/manifest.yaml");
		String yaml = Files.readString(manifest);
		change(manifest, yaml, "  goldPlaces:\n    type: integer\n    value: 10\n",
				"  goldPlaces:\n    type: integer\n    value: 13\n");
		try {
			String second = job("2019-12-20");

			JsonNode changes = get("/api/rescore-jobs/{id}/changes", second).body();

			assertThat(changes.path("changes")).isNotEmpty().allSatisfy((c) -> {
				assertThat(c.path("status").asText()).isEqualTo("GOLD");
				assertThat(texts(c.path("causes"))).containsExactly("RULES");
				assertThat(texts(c.path("rules"))).contains("manifest.yaml:goldPlaces");
				assertThat(c.path("causeReason").asText()).contains("goldPlaces").contains("由 10 改为 13");
			});
		}
		finally {
			restore(yaml, manifest);
		}
	}

	/** A district assessment dated after the first date: neither the new record nor the later date alone shows it. */
	@Test
	void reportsAGoldRankingThatOnlyTheFactsAndTheDateTogetherChangeAsTheirInteraction() {
		String first = job("2019-12-20");
		importOk(Map.of("assessments", List.of(Map.of("id", "G-AD-13B", "companyId", "G-CO-13", "level", "DISTRICT",
				"date", "2019-12-25", "organization", 20, "team", 20, "management", 20, "service", 20, "image", 20))));
		String second = job("2019-12-28");

		JsonNode risen = subject(get("/api/rescore-jobs/{id}/changes", second).body(), "G-CO-13");

		assertThat(risen.path("status").asText()).isEqualTo("GOLD");
		assertThat(texts(risen.path("causes"))).containsExactly("FACTS", "AS_OF");
		assertThat(risen.path("interaction").asBoolean()).isTrue();
		JsonNode diff = get("/api/evaluations/{id}/diff?against={other}", risen.path("evaluationId").asText(),
				risen.path("previousEvaluationId").asText()).body();
		assertThat(diff.path("from").path("id").asText()).isEqualTo(risen.path("previousEvaluationId").asText());
		assertThat(texts(diff.path("differs"))).containsExactly("FACTS", "AS_OF");
		JsonNode status = change(diff, "STATUS", null);
		assertThat(status.path("interaction").asBoolean()).isTrue();
		assertThat(status.path("facts")).extracting((f) -> f.path("id").asText()).contains("G-AD-13B");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void refusesEvaluationsOfDifferentSubjectsAndUnknownIds() {
		JsonNode one = evaluate("P-001", "2023-11-30");
		JsonNode other = evaluate("P-003", "2023-11-30");

		ApiResponse mismatch = get("/api/evaluations/{id}/diff?against={other}", one.path("id").asText(),
				other.path("id").asText());
		ApiResponse unknown = get("/api/evaluations/{id}/diff?against={other}", one.path("id").asText(), "no-such-id");

		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.isProblem()).isTrue();
		assertThat(mismatch.body().path("code").asText()).isEqualTo("DIFF_OTHER_SUBJECT");
		assertThat(mismatch.body().path("detail").asText()).contains("P-001").contains("P-003").contains("同一对象");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().path("code").asText()).isEqualTo("EVALUATION_NOT_FOUND");
	}

	@Test
	void refusesAnEvaluationStoredBeforeRevisions() {
		JsonNode old = evaluate("P-001", "2023-06-30");
		JsonNode now = evaluate("P-001", "2023-11-30");
		this.jdbc.sql("UPDATE evaluations SET facts_revision = NULL, facts_scope = NULL WHERE id = :id")
			.param("id", old.path("id").asText())
			.update();

		ApiResponse refused = get("/api/evaluations/{id}/diff?against={other}", now.path("id").asText(),
				old.path("id").asText());

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("code").asText()).isEqualTo("DIFF_WITHOUT_REVISION");
	}

	@Test
	void findsNothingBetweenAnEvaluationAndItsRepetition() {
		JsonNode one = evaluate("P-001", "2023-11-30");
		JsonNode again = evaluate("P-001", "2023-11-30");

		JsonNode diff = diff(again, one);

		assertThat(diff.path("statusChanged").asBoolean()).isFalse();
		assertThat(diff.path("differs")).isEmpty();
		assertThat(diff.path("changes")).isEmpty();
	}

	private JsonNode evaluate(String subject, String asOf) {
		ApiResponse response = post("/api/evaluations", EvaluationApiTests.request("hongqi365", 2023, subject, asOf));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body();
	}

	private JsonNode diff(JsonNode to, JsonNode from) {
		ApiResponse response = get("/api/evaluations/{id}/diff?against={other}", to.path("id").asText(),
				from.path("id").asText());
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.body();
	}

	private long importOk(Object dataset) {
		ApiResponse response = post("/api/datasets", dataset);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.body().path("revision").asLong();
	}

	/** Runs a gold job over the fixture district on that date and waits for it to succeed. */
	private String job(String asOf) {
		ApiResponse started = post("/api/rescore-jobs",
				Map.of("scheme", GOLD, "year", 2019, "asOf", asOf, "districtId", "G-D1"));
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		String id = started.body().path("id").asText();
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline) {
			String state = get("/api/rescore-jobs/{id}", id).body().path("state").asText();
			if (state.equals("SUCCEEDED")) {
				return id;
			}
			assertThat(state).isNotEqualTo("FAILED");
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("job " + id + " did not end");
	}

	/** Sets hongqi365's minRecords and reloads; answers the manifest to restore. */
	private String minRecords(int value) throws IOException {
		Path manifest = this.rulesDir.resolve("hongqi365/2023/manifest.yaml");
		String yaml = Files.readString(manifest);
		change(manifest, yaml, "  minRecords:\n    type: integer\n    value: 50\n",
				"  minRecords:\n    type: integer\n    value: " + value + "\n");
		return yaml;
	}

	private void change(Path manifest, String yaml, String from, String to) throws IOException {
		assertThat(yaml).contains(from);
		Files.writeString(manifest, yaml.replace(from, to));
		reload();
	}

	private void restore(String yaml) throws IOException {
		restore(yaml, this.rulesDir.resolve("hongqi365/2023/manifest.yaml"));
	}

	private void restore(String yaml, Path manifest) throws IOException {
		Files.writeString(manifest, yaml);
		reload();
	}

	private void reload() {
		ApiResponse reload = post("/api/rulesets/reload", null);
		assertThat(reload.status()).as("%s", reload).isEqualTo(200);
		assertThat(reload.body().findValuesAsText("state")).as("%s", reload).doesNotContain("BROKEN");
	}

	private static JsonNode change(JsonNode diff, String kind, String code) {
		for (JsonNode c : diff.path("changes")) {
			if (c.path("kind").asText().equals(kind) && (code == null || c.path("code").asText().equals(code))) {
				return c;
			}
		}
		throw new AssertionError("no " + kind + " " + code + " change in " + diff);
	}

	private static JsonNode subject(JsonNode changes, String id) {
		for (JsonNode c : changes.path("changes")) {
			if (c.path("subjectId").asText().equals(id)) {
				return c;
			}
		}
		throw new AssertionError("no change of " + id + " in " + changes);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

}
