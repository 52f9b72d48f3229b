package org.redproperty.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value the import accepts is stored exactly as sent: each fixture is imported and read back, and every
 * field of every row compared with what was sent. Read back through the API where it lists a kind (districts,
 * streets, communities, companies, projects), else through the fact store the evaluations read.
 */
abstract class FixturesRoundTripTests extends DatabaseTestSupport {

	private static final Map<FactKind, String> LISTS = Map.of(FactKind.DISTRICTS, "/api/districts", FactKind.STREETS,
			"/api/streets", FactKind.COMMUNITIES, "/api/communities", FactKind.COMPANIES, "/api/companies",
			FactKind.PROJECTS, "/api/projects");

	/** Fixtures that add facts to other fixtures' subjects, as the demo import takes them after those. */
	private static final Map<String, List<String>> BUILDS_ON = Map.of("credit-grade-2024.json",
			List.of("fixtures/red-black-list-2024.json"), "star-rating-2024.json",
			List.of("fixtures/red-black-list-2024.json", "fixtures/credit-grade-2024.json"));

	@Autowired
	private FactStore facts;

	static Stream<Path> fixtures() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsBackEveryImportedValueUnchanged(Path fixture) {
		for (String base : BUILDS_ON.getOrDefault(fixture.getFileName().toString(), List.of())) {
			ApiResponse before = post("/api/datasets", fixture(base));
			assertThat(before.status()).as("%s", before).isEqualTo(200);
		}
		JsonNode sent = fixture(fixture.toString());
		ApiResponse imported = post("/api/datasets", sent);
		assertThat(imported.status()).as("%s", imported).isEqualTo(200);

		int compared = 0;
		for (FactKind kind : FactKind.values()) {
			Map<String, JsonNode> stored = readBack(kind);
			for (JsonNode row : sent.path(kind.key())) {
				String where = kind.key() + " " + row.path("id").asText();
				assertThat(stored).as(where).containsKey(row.path("id").asText());
				compared += sameValues(where, row, stored.get(row.path("id").asText()));
			}
		}
		assertThat(compared).isGreaterThan(sent.size());
	}

	private Map<String, JsonNode> readBack(FactKind kind) {
		JsonNode rows = LISTS.containsKey(kind) ? get(LISTS.get(kind)).body()
				: this.objectMapper.valueToTree(this.facts.all(kind.type()));
		Map<String, JsonNode> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.path("id").asText(), row));
		return byId;
	}

	/** Every field sent is read back with the same value; the number of values compared. */
	private static int sameValues(String where, JsonNode sent, JsonNode read) {
		int compared = 0;
		for (Iterator<Map.Entry<String, JsonNode>> fields = sent.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			JsonNode back = read.path(field.getKey());
			String at = where + "." + field.getKey();
			if (value.isObject()) {
				compared += sameValues(at, value, back);
			}
			else if (value.isNumber()) {
				assertThat(back.isNumber()).as("%s: %s", at, back).isTrue();
				assertThat(new BigDecimal(back.asText())).as(at).isEqualByComparingTo(value.decimalValue());
				compared++;
			}
			else if (value.isNull()) {
				assertThat(back.isNull() || back.isMissingNode() || back.asText().equals("false")).as("%s: %s", at, back).isTrue();
				compared++;
			}
			else {
				assertThat(back.asText()).as(at).isEqualTo(value.asText());
				assertThat(back.getNodeType()).as(at).isEqualTo(value.getNodeType());
				compared++;
			}
		}
		return compared;
	}

}
