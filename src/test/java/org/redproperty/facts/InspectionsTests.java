package org.redproperty.facts;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code inspections} kind (街道社区现场打分) on a real database: imported and validated like every kind,
 * shown with its project, kept with its history, retracted, and read by the evaluations' fact store.
 */
abstract class InspectionsTests extends DatabaseTestSupport {

	@Autowired
	private FactStore facts;

	@BeforeEach
	void importProjects() {
		ApiResponse response = post("/api/datasets", fixture("fixtures/small-valid.json"));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	@Test
	void importsAnInspectionAndShowsItWithItsProject() {
		ApiResponse response = post("/api/datasets", inspections(inspection("IN-T1", "P-T1", "2024-03-15", "87.5")
			.put("inspector", "般河街道")));

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.body().path("created").path("inspections").asInt()).isEqualTo(1);
		JsonNode shown = null;
		for (JsonNode row : get("/api/projects/P-T1").body().path("inspections")) {
			shown = "IN-T1".equals(row.path("id").asText()) ? row : shown;
		}
		assertThat(shown).as("the project shows its inspection").isNotNull();
		assertThat(shown.path("date").asText()).isEqualTo("2024-03-15");
		assertThat(shown.path("score").decimalValue()).isEqualByComparingTo("87.5");
		assertThat(shown.path("inspector").asText()).isEqualTo("般河街道");
		assertThat(this.facts.scope(SubjectType.COMPANY, "CO-T1").inspections()).extracting(Inspection::id)
			.as("a company's scope holds the inspections of its projects")
			.contains("IN-T1");
	}

	@Test
	void acceptsABlankInspectorAndTheBoundsOfTheScore() {
		ApiResponse response = post("/api/datasets", inspections(inspection("IN-T0", "P-T1", "2024-01-10", "0"),
				inspection("IN-T100", "P-T1", "2024-01-11", "100").put("inspector", "")));

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(this.facts.find(Inspection.class, "IN-T100")).get()
			.extracting(Inspection::score)
			.satisfies((score) -> assertThat(score).isEqualByComparingTo(new BigDecimal("100")));
	}

	@Test
	void refusesEveryBadInspectionAndWritesNothing() {
		ObjectNode dataset = inspections(inspection("IN-HIGH", "P-T1", "2024-03-15", "100.5"),
				inspection("IN-NEG", "P-T1", "2024-03-15", "-1"), inspection("IN-NOWHERE", "P-NONE", "2024-03-15", "80"));
		((ArrayNode) dataset.path("inspections")).addObject().put("id", "IN-UNDATED").put("projectId", "P-T1")
			.put("score", 80);
		((ArrayNode) dataset.path("inspections")).addObject().put("id", "IN-UNSCORED").put("projectId", "P-T1")
			.put("date", "2024-03-15");
		var before = factTables();

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).as("%s", response).isEqualTo(400);
		JsonNode errors = response.body().path("errors");
		assertThat(errors.findValuesAsText("id")).containsExactlyInAnyOrder("IN-HIGH", "IN-NEG", "IN-NOWHERE",
				"IN-UNDATED", "IN-UNSCORED");
		assertThat(errors.findValuesAsText("code")).containsExactlyInAnyOrder("OUT_OF_RANGE", "OUT_OF_RANGE",
				"DANGLING_REFERENCE", "MISSING_FIELD", "MISSING_FIELD");
		assertThat(errors.findValuesAsText("kind")).containsOnly("inspections");
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void keepsEveryVersionAndRetractsAnInspection() {
		long first = post("/api/datasets", inspections(inspection("IN-H", "P-T1", "2024-06-20", "70"))).body()
			.path("revision")
			.asLong();
		long second = post("/api/datasets", inspections(inspection("IN-H", "P-T1", "2024-06-20", "75"))).body()
			.path("revision")
			.asLong();
		retract("inspections", "IN-H");

		JsonNode history = get("/api/facts/inspections/IN-H/history").body();
		assertThat(history.path("current").asBoolean()).isFalse();
		assertThat(history.path("versions")).extracting((v) -> v.path("revision").asLong())
			.startsWith(first, second);
		assertThat(history.path("versions").get(1).path("fact").path("score").decimalValue())
			.isEqualByComparingTo("75");
		assertThat(this.facts.find(Inspection.class, "IN-H")).isEmpty();
		assertThat(this.facts.scope(SubjectType.PROJECT, "P-T1", first).inspections()).filteredOn(
				(inspection) -> inspection.id().equals("IN-H"))
			.extracting(Inspection::score)
			.as("the facts as known at the first revision")
			.singleElement()
			.satisfies((score) -> assertThat(score).isEqualByComparingTo("70"));
	}

	private ObjectNode inspection(String id, String projectId, String date, String score) {
		return this.objectMapper.createObjectNode()
			.put("id", id)
			.put("projectId", projectId)
			.put("date", date)
			.put("score", new BigDecimal(score));
	}

	private ObjectNode inspections(ObjectNode... rows) {
		return rows("inspections", rows);
	}

}
