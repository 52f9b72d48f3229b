package org.redproperty.facts;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/datasets on a real database: bad input of every kind is refused whole with one error per bad row and
 * leaves every table as it was; good input is inserted or updated by id, in any subset of kinds.
 */
abstract class DatasetImportTests extends DatabaseTestSupport {

	private static final String MARK = "（导入前）";

	/** Before each test the database holds a valid dataset that differs from the fixtures in every row. */
	@BeforeEach
	void importEarlierVersion() {
		ApiResponse response = post("/api/datasets", earlierVersion(fixture("fixtures/small-valid.json")));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(Arguments.of("unknown-enum", "activities", "A-T1-001", "heart", "UNKNOWN_ENUM"),
				Arguments.of("dangling-reference", "projects", "P-T2", "companyId", "DANGLING_REFERENCE"),
				Arguments.of("duplicate-id", "projects", "P-T1", "id", "DUPLICATE_ID"),
				Arguments.of("negative-count", "activities", "A-T1-001", "photoCount", "NEGATIVE_COUNT"),
				Arguments.of("out-of-range-occupancy-rate", "projects", "P-T1", "occupancyRate", "OUT_OF_RANGE"),
				Arguments.of("out-of-range-average-score", "surveys", "SV-T1", "averageScore", "OUT_OF_RANGE"),
				Arguments.of("out-of-range-assessment-dimension", "assessments", "AS-T1", "service", "OUT_OF_RANGE"),
				Arguments.of("unparseable-date", "activities", "A-T1-002", "date", "INVALID_DATE"),
				Arguments.of("wrong-credit-code", "companies", "CO-T1", "creditCode", "INVALID_CREDIT_CODE"),
				Arguments.of("missing-required-field", "nominations", "N-T1", "date", "MISSING_FIELD"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void refusesBadRowWithProblemDetailsAndWritesNothing(String file, String kind, String id, String field,
			String code) {
		Map<String, String> before = factTables();

		ApiResponse response = post("/api/datasets", fixture("fixtures/invalid/" + file + ".json"));

		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.isProblem()).as("%s", response.contentType()).isTrue();
		assertThat(response.body().path("code").asText()).isEqualTo("INVALID_DATASET");
		assertThat(response.body().path("title").asText()).isEqualTo("数据集有错误");
		JsonNode errors = response.body().path("errors");
		assertThat(errors).as("%s", errors).hasSize(1);
		JsonNode error = errors.get(0);
		assertThat(error.path("kind").asText()).isEqualTo(kind);
		assertThat(error.path("id").asText()).isEqualTo(id);
		assertThat(error.path("field").asText()).isEqualTo(field);
		assertThat(error.path("code").asText()).isEqualTo(code);
		assertThat(error.path("index").isInt()).isTrue();
		assertThat(error.path("message").asText()).containsPattern("\\p{IsHan}");
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void refusesEveryBadRowAtOnce() {
		ObjectNode dataset = (ObjectNode) fixture("fixtures/small-valid.json");
		((ObjectNode) dataset.withArray("activities").get(0)).put("heart", "HUANGXIN");
		((ObjectNode) dataset.withArray("surveys").get(0)).put("averageScore", 120);
		((ObjectNode) dataset.withArray("projects").get(1)).put("companyId", "CO-NONE");
		Map<String, String> before = factTables();

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").findValuesAsText("code")).containsExactlyInAnyOrder("UNKNOWN_ENUM",
				"OUT_OF_RANGE", "DANGLING_REFERENCE");
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void writesNothingWhenOneRowOfManyGoodOnesIsBad() {
		ObjectNode dataset = this.objectMapper.createObjectNode();
		dataset.putArray("districts").addObject().put("id", "D-NEW").put("name", "新区");
		dataset.putArray("streets").addObject().put("id", "S-NEW").put("districtId", "D-NEW").put("name", "新街道");
		dataset.putArray("communities").addObject().put("id", "CM-NEW").put("streetId", "S-NEW").put("name", "新社区");
		ArrayNode projects = dataset.putArray("projects");
		projects.addObject().put("id", "P-NEW").put("name", "新小区").put("communityId", "CM-NEW");
		projects.addObject().put("id", "P-T1").put("name", "改名的小区").put("communityId", "CM-T1");
		dataset.putArray("activities")
			.addObject()
			.put("id", "A-NEW")
			.put("projectId", "P-NEW")
			.put("date", "2023-02-30")
			.put("heart", "HONGXIN")
			.put("kind", "ACTIVITY");
		Map<String, String> before = factTables();

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").findValuesAsText("code")).containsExactly("INVALID_DATE");
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void updatesRowsWhoseIdIsStoredAndInsertsTheOthers() {
		JsonNode current = fixture("fixtures/small-valid.json");
		ObjectNode dataset = current.deepCopy();
		String newId = "D-" + java.util.UUID.randomUUID();
		dataset.withArray("districts").addObject().put("id", newId).put("name", "第二区");
		int districts = count("districts");
		int projects = count("projects");

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.body().path("created").path("districts").asInt()).isEqualTo(1);
		assertThat(response.body().path("updated").path("districts").asInt())
			.isEqualTo(current.withArray("districts").size());
		assertThat(response.body().path("created").path("projects").asInt()).isZero();
		assertThat(response.body().path("updated").path("projects").asInt())
			.isEqualTo(current.withArray("projects").size());
		assertThat(count("projects")).isEqualTo(projects);
		assertThat(count("districts")).isEqualTo(districts + 1);
		assertThat(this.jdbc.sql("SELECT name FROM projects WHERE id = 'P-T1'").query(String.class).single())
			.isEqualTo(current.withArray("projects").get(0).path("name").asText());
		assertThat(factTables().values()).noneMatch((rows) -> rows.contains(MARK));
	}

	/** 79.9996 would be stored as 80.000 in DECIMAL(7, 3), and a gate "不少于 80" would pass on a rounded value. */
	@Test
	void refusesSurveyScoreWithMorePlacesThanTheColumnKeepsInsteadOfRoundingIt() {
		ObjectNode dataset = this.objectMapper.createObjectNode();
		ObjectNode survey = ((ObjectNode) fixture("fixtures/small-valid.json").withArray("surveys").get(0)).deepCopy();
		dataset.putArray("surveys").add(survey.put("averageScore", new java.math.BigDecimal("79.9996")));
		Map<String, String> before = factTables();

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).as("%s", response).isEqualTo(400);
		JsonNode error = response.body().path("errors").get(0);
		assertThat(error.path("code").asText()).isEqualTo("TOO_MANY_DECIMALS");
		assertThat(error.path("field").asText()).isEqualTo("averageScore");
		assertThat(error.path("id").asText()).isEqualTo(survey.path("id").asText());
		assertThat(error.path("message").asText()).contains("最多 3 位小数", "79.9996");
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void acceptsAnySubsetOfKinds() {
		JsonNode valid = fixture("fixtures/small-valid.json");
		for (Iterator<String> keys = valid.fieldNames(); keys.hasNext();) {
			String key = keys.next();
			ObjectNode only = this.objectMapper.createObjectNode();
			only.set(key, valid.get(key));
			ApiResponse response = post("/api/datasets", only);
			assertThat(response.status()).as("%s: %s", key, response).isEqualTo(200);
			assertThat(response.body().path("total").asInt()).isEqualTo(valid.get(key).size());
			// sent again unchanged: no new version
			ApiResponse again = post("/api/datasets", only);
			assertThat(again.body().path("updated").path(key).asInt()).as("%s: %s", key, again).isZero();
			assertThat(again.body().path("created").path(key).asInt()).as("%s: %s", key, again).isZero();
		}
		assertThat(post("/api/datasets", "{}").status()).isEqualTo(200);
		assertThat(factTables().values()).noneMatch((rows) -> rows.contains(MARK));
	}

	@Test
	void acceptsMissingDescriptiveTextAndMissingChecklists() {
		ObjectNode dataset = this.objectMapper.createObjectNode();
		dataset.putArray("districts").addObject().put("id", "D-BARE");
		dataset.putArray("streets").addObject().put("id", "S-BARE").put("districtId", "D-BARE").put("name", "");
		dataset.putArray("communities").addObject().put("id", "CM-BARE").put("streetId", "S-BARE");
		dataset.putArray("companies")
			.addObject()
			.put("id", "CO-BARE")
			.put("partyOrg", "NONE")
			.put("firstServiceDate", "2020-01-01");
		dataset.putArray("projects")
			.addObject()
			.put("id", "P-BARE")
			.put("communityId", "CM-BARE")
			.put("companyId", "CO-BARE");

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		ApiResponse project = get("/api/projects/P-BARE");
		assertThat(project.status()).as("%s", project).isEqualTo(200);
		assertThat(project.body().path("project").path("disclosures").path("contract").asBoolean(true)).isFalse();
		assertThat(project.body().path("company").path("partyOrgChecklist").path("venue").asBoolean(true)).isFalse();
	}

	/** The dataset with one field of every row changed, so that any row an import writes shows. */
	private JsonNode earlierVersion(JsonNode dataset) {
		ObjectNode earlier = dataset.deepCopy();
		earlier.fields().forEachRemaining((entry) -> entry.getValue().forEach((row) -> {
			ObjectNode fields = (ObjectNode) row;
			String text = Stream.of("name", "description", "opinion", "reason")
				.filter(fields::has)
				.findFirst()
				.orElse(null);
			if (text != null) {
				fields.put(text, fields.path(text).asText() + MARK);
			}
			else if (fields.has("memberCount")) {
				fields.put("memberCount", fields.path("memberCount").asInt() + 1);
				fields.put("chairIsPartyMember", !fields.path("chairIsPartyMember").asBoolean());
			}
			else if (fields.has("respondents")) {
				fields.put("respondents", fields.path("respondents").asInt() + 1);
			}
			else if (fields.has("value")) {
				fields.put("code", fields.path("code").asText() + MARK);
			}
		}));
		return earlier;
	}

}
