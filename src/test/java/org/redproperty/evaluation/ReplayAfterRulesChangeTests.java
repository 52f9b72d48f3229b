package org.redproperty.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.RulesCopies;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Replay of an evaluation made before a rules change reproduces it exactly": the service reads a copy of
 * {@code rules/}, a DRL file of the copy is changed on disk and reloaded, new evaluations use the new content and
 * the old evaluation replays on the old one, identical.
 */
abstract class ReplayAfterRulesChangeTests extends DatabaseTestSupport {

	private static final String SUBJECT = "P-002";

	private static final String AS_OF = "2023-11-30";

	@Value("${app.rules.dir}")
	Path rulesDir;

	/** A copy of the rules directory for this test class, without the folder tests that pin today's points. */
	@DynamicPropertySource
	static void copyOfRules(DynamicPropertyRegistry registry) {
		RulesCopies.withoutTests(registry);
	}

	@Test
	void replaysEvaluationMadeBeforeRulesChangeExactly() throws IOException {
		assertThat(post("/api/datasets", fixture(EvaluationApiTests.DEMO)).status()).isEqualTo(200);
		int counted = countedRecords();
		JsonNode before = evaluate();
		String oldHash = before.path("ruleset").path("hash").asText();
		assertThat(before.path("totalPoints").decimalValue()).isEqualByComparingTo(String.valueOf(2 * counted));
		assertThat(replay(before).path("identical").asBoolean()).isTrue();

		Path manifest = this.rulesDir.resolve("hongqi365/2023/manifest.yaml");
		String yaml = Files.readString(manifest);
		String changed = yaml.replace("  pointsPerRecord:\n    type: integer\n    value: 2\n",
				"  pointsPerRecord:\n    type: integer\n    value: 3\n");
		assertThat(changed).isNotEqualTo(yaml);
		Files.writeString(manifest, changed);
		ApiResponse reload = post("/api/rulesets/reload", null);
		assertThat(reload.status()).as("%s", reload).isEqualTo(200);
		JsonNode hongqi = null;
		for (JsonNode summary : reload.body()) {
			if (summary.path("location").asText().equals("hongqi365/2023")) {
				hongqi = summary;
			}
		}
		assertThat(hongqi).isNotNull();
		assertThat(hongqi.path("state").asText()).as("%s", hongqi).isEqualTo("ACTIVE");
		String newHash = hongqi.path("activeHash").asText();
		assertThat(newHash).isNotEqualTo(oldHash);

		JsonNode after = evaluate();
		assertThat(after.path("ruleset").path("hash").asText()).isEqualTo(newHash);
		assertThat(after.path("totalPoints").decimalValue()).isEqualByComparingTo(String.valueOf(3 * counted));

		JsonNode replayed = replay(before);
		assertThat(replayed.path("identical").asBoolean()).as("%s", replayed).isTrue();
		assertThat(replayed.path("rulesetHash").asText()).isEqualTo(oldHash);
		assertThat(replayed.path("replayedStatus").asText()).isEqualTo(before.path("status").asText());
		assertThat(replayed.path("differences")).isEmpty();
		assertThat(replay(after).path("rulesetHash").asText()).isEqualTo(newHash);
		assertThat(get("/api/evaluations/{id}", before.path("id").asText()).body()).isEqualTo(before);
	}

	private JsonNode evaluate() {
		ApiResponse response = post("/api/evaluations", EvaluationApiTests.request("hongqi365", 2023, SUBJECT, AS_OF));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body();
	}

	private JsonNode replay(JsonNode evaluation) {
		ApiResponse response = post("/api/evaluations/{id}/replay", null, evaluation.path("id").asText());
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return response.body();
	}

	/** How many records of the subject count, as the expected results say. */
	private int countedRecords() {
		for (JsonNode entry : fixture(EvaluationApiTests.EXPECTED)) {
			if (entry.path("subjectId").asText().equals(SUBJECT) && entry.path("asOf").asText().equals(AS_OF)) {
				return entry.path("countedRecords").asInt();
			}
		}
		throw new IllegalStateException("no expected result for " + SUBJECT);
	}

}
