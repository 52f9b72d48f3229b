package org.redproperty.evaluation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.RulesCopies;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A credit grade records the red-black-list content it was built on: once a changed red-black-list is activated,
 * the old credit-grade evaluation still replays identically (on the snapshot of the old content), a new one uses the
 * new content, and their diff names the rules as the cause, saying that red-black-list 2024 changed. Without the
 * snapshot of the old content, replay is refused with {@code REQUIRED_RULESET_SNAPSHOT_MISSING}.
 */
abstract class ReplayWithRequiredRulesetTests extends DatabaseTestSupport {

	/** Red in all four quarters of the red-black-list fixture: 104 (DOMAIN §9). */
	private static final String COMPANY = "RB-CO-02";

	@Value("${app.rules.dir}")
	Path rulesDir;

	@Autowired
	Evaluations evaluations;

	@DynamicPropertySource
	static void copyOfRules(DynamicPropertyRegistry registry) {
		RulesCopies.withoutTests(registry);
	}

	@Test
	void replaysACreditGradeOnTheRedBlackListItUsedAfterAChangedOneIsActivated() throws IOException {
		ApiResponse imported = post("/api/datasets", fixtures());
		assertThat(imported.status()).as("%s", imported).isEqualTo(200);
		String oldHash = activeHash("red-black-list/2024");
		JsonNode before = evaluate();
		assertThat(before.path("status").asText()).isEqualTo("GRADE_A");
		assertThat(before.path("totalPoints").decimalValue()).isEqualByComparingTo("104");
		assertThat(before.path("requiredRulesets")).singleElement().satisfies((required) -> {
			assertThat(required.path("scheme").asText()).isEqualTo("red-black-list");
			assertThat(required.path("year").asInt()).isEqualTo(2024);
			assertThat(required.path("hash").asText()).isEqualTo(oldHash);
			assertThat(texts(required.path("periods"))).containsExactly("Q1", "Q2", "Q3", "Q4");
		});
		assertThat(before.path("requiredOutcomes")).hasSize(4).allSatisfy((outcome) -> {
			assertThat(outcome.path("scheme").asText()).isEqualTo("red-black-list");
			assertThat(outcome.path("status").asText()).isEqualTo("RED_LIST");
			assertThat(outcome.path("rank").isInt()).isTrue();
		});
		assertThat(this.evaluations.requiredRulesetsOf(before.path("id").asText())).hasValueSatisfying(
				(stored) -> assertThat(stored).extracting(RequiredRuleset::hash).containsExactly(oldHash));

		// A red-black-list that publishes no list (fewer ranked than its new minimum), activated by a reload.
		Path manifest = this.rulesDir.resolve("red-black-list/2024/manifest.yaml");
		String yaml = Files.readString(manifest);
		String changed = yaml.replace("  minRanked:\n    type: integer\n    value: 5\n",
				"  minRanked:\n    type: integer\n    value: 500\n");
		assertThat(changed).isNotEqualTo(yaml);
		Files.writeString(manifest, changed);
		assertThat(post("/api/rulesets/reload", null).status()).isEqualTo(200);
		String newHash = activeHash("red-black-list/2024");
		assertThat(newHash).isNotEqualTo(oldHash);

		Map<String, Object> snapshot = this.jdbc.sql("SELECT * FROM ruleset_snapshots WHERE hash = :hash")
			.param("hash", oldHash)
			.query()
			.singleRow();
		this.jdbc.sql("DELETE FROM ruleset_snapshots WHERE hash = :hash").param("hash", oldHash).update();
		JsonNode missing = answered(422, post("/api/evaluations/{id}/replay", null, before.path("id").asText()));
		assertThat(missing.path("code").asText()).isEqualTo("REQUIRED_RULESET_SNAPSHOT_MISSING");
		assertThat(missing.path("detail").asText()).contains("red-black-list/2024", oldHash);
		this.jdbc.sql("""
				INSERT INTO ruleset_snapshots (hash, scheme, scheme_year, title, files_json, first_served_at)
				VALUES (:hash, :scheme, :year, :title, :files, :at)
				""")
			.param("hash", oldHash)
			.param("scheme", snapshot.get("scheme"))
			.param("year", snapshot.get("scheme_year"))
			.param("title", snapshot.get("title"))
			.param("files", snapshot.get("files_json"))
			.param("at", snapshot.get("first_served_at"))
			.update();

		JsonNode replayed = replay(before);
		assertThat(replayed.path("identical").asBoolean()).as("%s", replayed).isTrue();
		assertThat(replayed.path("replayedStatus").asText()).isEqualTo("GRADE_A");

		JsonNode after = evaluate();
		assertThat(after.path("ruleset").path("hash").asText()).isEqualTo(before.path("ruleset").path("hash").asText());
		assertThat(after.path("requiredRulesets").path(0).path("hash").asText()).isEqualTo(newHash);
		assertThat(after.path("totalPoints").decimalValue()).isEqualByComparingTo("100");
		assertThat(after.path("requiredOutcomes")).hasSize(4)
			.allSatisfy((outcome) -> assertThat(outcome.path("status").asText()).isNotEqualTo("RED_LIST"));
		assertThat(replay(after).path("identical").asBoolean()).isTrue();

		JsonNode diff = answered(200, get("/api/evaluations/{id}/diff?against={against}", after.path("id").asText(),
				before.path("id").asText()));
		assertThat(texts(diff.path("differs"))).containsExactly("RULES");
		assertThat(texts(diff.path("causes"))).containsExactly("RULES");
		assertThat(diff.path("changes")).isNotEmpty().allSatisfy((change) -> {
			assertThat(texts(change.path("rules"))).contains("requires:red-black-list/2024");
			assertThat(change.path("reason").asText()).contains("所需的规则集 red-black-list/2024 由版本 "
					+ oldHash.substring(0, 12) + " 换为 " + newHash.substring(0, 12));
		});
		assertThat(diff.path("to").path("requiredRulesets").path(0).path("hash").asText()).isEqualTo(newHash);
	}

	/** A credit grade of the company within the fixture district at the end of the year, stored. */
	private JsonNode evaluate() {
		return answered(201, post("/api/evaluations", Map.of("scheme", "credit-grade", "year", 2024, "subjectId",
				COMPANY, "asOf", "2024-12-31", "districtId", "RB-D1")));
	}

	/** The replay report of a stored evaluation. */
	private JsonNode replay(JsonNode evaluation) {
		return answered(200, post("/api/evaluations/{id}/replay", null, evaluation.path("id").asText()));
	}

	private static JsonNode answered(int status, ApiResponse response) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		return response.body();
	}

	private String activeHash(String location) {
		for (JsonNode status : get("/api/rulesets").body()) {
			if (status.path("location").asText().equals(location)) {
				assertThat(status.path("state").asText()).as("%s", status).isEqualTo("ACTIVE");
				return status.path("activeHash").asText();
			}
		}
		throw new AssertionError("no ruleset " + location);
	}

	/** The red-black-list fixture with the credit deductions of the credit-grade fixture, as one dataset. */
	private JsonNode fixtures() throws IOException {
		ObjectNode merged = (ObjectNode) this.objectMapper.readTree(new File("fixtures/red-black-list-2024.json"));
		merged.setAll((ObjectNode) this.objectMapper.readTree(new File("fixtures/credit-grade-2024.json")));
		return merged;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

}
