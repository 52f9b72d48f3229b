package org.redproperty.ruleset;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Next year's criteria as a policy officer makes them: a hongqi365 2024 draft that differs from 2023 only in
 * {@code manifest.yaml} (the year, and 50 → 60 records). It passes every check, and what-if on the demo district
 * says exactly which projects it would flip: those five-star projects with 50 to 59 counted records, which become
 * NOT_AWARDED (projects that fail other gates as well only see that gate change). The expected projects come from {@code fixtures/expected/hongqi365-2023.json}, which an independent
 * script computed from the demo facts; the same holds for a partial draft that gives the manifest alone.
 */
class NextYearDraftTests extends DocumentationTest {

	private static final Path HONGQI = Path.of("rules/hongqi365/2023");

	@Test
	void aWholeFolderCopiedTo2024WithSixtyRecordsPassesCheckAndFlipsExactlyTheProjectsBelowSixty() throws Exception {
		List<Map<String, String>> files = new ArrayList<>();
		for (RulesetFile file : RulesetFolders.read(HONGQI)) {
			files.add(Map.of("name", file.name(),
					"content", file.name().equals("manifest.yaml") ? nextYear(file.content()) : file.content()));
		}
		assertPassesCheckAndFlipsTheProjectsBelowSixty(files);
	}

	@Test
	void aPartialDraftGivingOnlyTheManifestBehavesTheSame() throws Exception {
		String manifest = Files.readString(HONGQI.resolve("manifest.yaml"));
		assertPassesCheckAndFlipsTheProjectsBelowSixty(List.of(Map.of("name", "manifest.yaml", "content", nextYear(manifest))));
	}

	private void assertPassesCheckAndFlipsTheProjectsBelowSixty(List<Map<String, String>> files) throws Exception {
		JsonNode check = call("/api/rulesets/hongqi365/2024/check", Map.of("files", files));
		assertThat(check.get("errors")).isEmpty();
		assertThat(check.get("passed").asBoolean()).isTrue();

		JsonNode report = call("/api/what-if", Map.of("scheme", "hongqi365", "year", 2024, "asOf", "2023-11-30",
				"districtId", "D-ZC", "files", files));

		assertThat(report.get("comparedWith").get("year").asInt()).isEqualTo(2023);
		Set<String> flipped = new TreeSet<>();
		for (JsonNode change : report.get("changes")) {
			if (change.get("subjectType").asText().equals("PROJECT")) {
				// Every project that changes at all changes in the gate of the minimum number of records only.
				assertThat(change.get("gates")).as(change.get("subjectId").asText()).hasSize(1);
				assertThat(change.get("gates").get(0).get("code").asText()).isEqualTo("HQ-ACT-MIN");
				if (!change.get("oldStatus").asText().equals(change.get("newStatus").asText())) {
					assertThat(change.get("oldStatus").asText() + "→" + change.get("newStatus").asText())
						.as(change.get("subjectId").asText())
						.isEqualTo("FIVE_STAR→NOT_AWARDED");
					flipped.add(change.get("subjectId").asText());
				}
			}
		}
		assertThat(flipped).isNotEmpty().isEqualTo(fiveStarProjectsWithFiftyToFiftyNineRecords());
	}

	private static String nextYear(String manifest) {
		String changed = manifest.replace("year: 2023", "year: 2024").replace(
				"  minRecords:\n    type: integer\n    value: 50\n", "  minRecords:\n    type: integer\n    value: 60\n");
		assertThat(changed).contains("year: 2024").contains("value: 60");
		return changed;
	}

	private Set<String> fiveStarProjectsWithFiftyToFiftyNineRecords() throws Exception {
		Set<String> projects = new TreeSet<>();
		for (JsonNode entry : this.objectMapper.readTree(new File("fixtures/expected/hongqi365-2023.json"))) {
			if (entry.get("asOf").asText().equals("2023-11-30") && entry.get("subjectType").asText().equals("PROJECT")
					&& entry.get("status").asText().equals("FIVE_STAR") && entry.get("countedRecords").asInt() >= 50
					&& entry.get("countedRecords").asInt() <= 59) {
				projects.add(entry.get("subjectId").asText());
			}
		}
		return projects;
	}

	private JsonNode call(String path, Object body) throws Exception {
		String answer = this.mvc
			.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(this.objectMapper.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.objectMapper.readTree(answer);
	}

}
