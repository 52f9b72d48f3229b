package org.redproperty.facts;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code titles} kind (称号) on a real database: imported and validated like every kind, listed per holder,
 * shown with its project, dated by its grant day for an evaluation's asOf, kept with its history and retracted.
 */
abstract class TitlesTests extends DatabaseTestSupport {

	@Autowired
	private FactStore facts;

	@BeforeEach
	void importProjects() {
		ApiResponse response = post("/api/datasets", fixture("fixtures/small-valid.json"));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}

	@Test
	void importsTitlesAndListsThemPerHolder() {
		ApiResponse response = post("/api/datasets",
				titles(title("TI-P1", "PROJECT", "P-T1", "hongqi365", 2023, "FIVE_STAR", "2023-12-20"),
						title("TI-C1", "COMPANY", "CO-T1", "gold-red-property", 2019, "GOLD", "2019-12-20"),
						title("TI-C2", "COMPANY", "CO-T1", "red-black-list", 2024, "BLACK_LIST", "2024-04-10")
							.put("revokedOn", "2024-04-10")
							.put("revocationReason", "")));

		assertThat(response.status()).as("%s", response).isEqualTo(200);
		assertThat(response.body().path("created").path("titles").asInt()).isEqualTo(3);
		assertThat(ids(get("/api/titles?holderType=COMPANY&holderId=CO-T1").body())).containsExactly("TI-C1", "TI-C2");
		assertThat(ids(get("/api/titles?holderType=COMPANY&holderId=CO-T1&held=true").body())).containsExactly("TI-C1");
		assertThat(ids(get("/api/titles?holderType=COMPANY&holderId=CO-T1&held=false").body())).containsExactly("TI-C2");
		assertThat(ids(get("/api/titles?holderId=CO-T1&scheme=gold-red-property&year=2019").body()))
			.containsExactly("TI-C1");
		assertThat(ids(get("/api/titles?holderType=PROJECT&holderId=CO-T1").body())).isEmpty();
		assertThat(ids(get("/api/projects/P-T1").body().path("titles"))).as("the project shows its own titles only")
			.containsExactly("TI-P1");
		assertThat(this.facts.scope(SubjectType.COMPANY, "CO-T1").titles()).extracting(Title::id)
			.as("a company's scope holds its titles and those of the projects it serves")
			.contains("TI-C1", "TI-C2", "TI-P1");
		assertThat(this.facts.scope(SubjectType.PROJECT, "P-T2").titles()).as("not those of another project")
			.extracting(Title::id)
			.doesNotContain("TI-P1");
	}

	@Test
	void aTitleExistsForAnEvaluationFromTheDayItIsGrantedAndIsRevokedFromTheDayOfItsRevocation() {
		post("/api/datasets", titles(title("TI-D1", "COMPANY", "CO-T2", "gold-red-property", 2019, "GOLD", "2019-12-20")
			.put("revokedOn", "2020-05-06")
			.put("revocationReason", "发生安全责任事故")));
		Dataset scope = this.facts.scope(SubjectType.COMPANY, "CO-T2");

		assertThat(scope.asOf(LocalDate.of(2019, 12, 19)).titles()).as("the day before the grant").isEmpty();
		Title granted = scope.asOf(LocalDate.of(2019, 12, 20)).titles().get(0);
		assertThat(granted.revokedOn()).as("the revocation has not happened yet").isNull();
		assertThat(granted.revocationReason()).isNull();
		assertThat(granted.heldOn(LocalDate.of(2019, 12, 20))).isTrue();
		Title dayBefore = scope.asOf(LocalDate.of(2020, 5, 5)).titles().get(0);
		assertThat(dayBefore.revokedOn()).isNull();
		Title revoked = scope.asOf(LocalDate.of(2020, 5, 6)).titles().get(0);
		assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2020, 5, 6));
		assertThat(revoked.revocationReason()).isEqualTo("发生安全责任事故");
		assertThat(revoked.heldOn(LocalDate.of(2020, 5, 6))).isFalse();
	}

	@Test
	void refusesEveryBadTitleAndWritesNothing() {
		ObjectNode dataset = titles(title("TI-STREET", "STREET", "S-T1", "hongqi365", 2023, "FIVE_STAR", "2023-12-20"),
				title("TI-NOWHERE", "PROJECT", "P-NONE", "hongqi365", 2023, "FIVE_STAR", "2023-12-20"),
				title("TI-WRONG-TYPE", "PROJECT", "CO-T1", "hongqi365", 2023, "FIVE_STAR", "2023-12-20"),
				title("TI-EARLY", "COMPANY", "CO-T1", "gold-red-property", 2019, "GOLD", "2019-12-20")
					.put("revokedOn", "2019-12-19"),
				title("TI-NOSCHEME", "COMPANY", "CO-T1", "", 2019, "GOLD", "2019-12-20"));
		((ArrayNode) dataset.path("titles")).addObject().put("id", "TI-UNDATED").put("holderType", "COMPANY")
			.put("holderId", "CO-T1").put("scheme", "gold-red-property").put("year", 2019).put("title", "GOLD");
		((ArrayNode) dataset.path("titles")).addObject().put("id", "TI-UNNAMED").put("holderType", "COMPANY")
			.put("holderId", "CO-T1").put("scheme", "gold-red-property").put("year", 2019)
			.put("grantedOn", "2019-12-20");
		var before = factTables();

		ApiResponse response = post("/api/datasets", dataset);

		assertThat(response.status()).as("%s", response).isEqualTo(400);
		JsonNode errors = response.body().path("errors");
		assertThat(errors.findValuesAsText("id")).containsExactlyInAnyOrder("TI-STREET", "TI-NOWHERE", "TI-WRONG-TYPE",
				"TI-EARLY", "TI-NOSCHEME", "TI-UNDATED", "TI-UNNAMED");
		assertThat(errors.findValuesAsText("code")).containsExactlyInAnyOrder("UNKNOWN_ENUM", "DANGLING_REFERENCE",
				"DANGLING_REFERENCE", "DATES_OUT_OF_ORDER", "MISSING_FIELD", "MISSING_FIELD", "MISSING_FIELD");
		assertThat(errors.findValuesAsText("kind")).containsOnly("titles");
		assertThat(errors.findValuesAsText("message")).anyMatch((message) -> message.contains("早于"));
		assertThat(factTables()).isEqualTo(before);
	}

	@Test
	void keepsEveryVersionAndRetractsATitle() {
		long first = post("/api/datasets",
				titles(title("TI-H", "COMPANY", "CO-T1", "gold-red-property", 2019, "GOLD", "2019-12-20"))).body()
			.path("revision")
			.asLong();
		long second = post("/api/datasets",
				titles(title("TI-H", "COMPANY", "CO-T1", "gold-red-property", 2019, "GOLD", "2019-12-20")
					.put("revokedOn", "2020-06-01")
					.put("revocationReason", "党组织功能弱化"))).body()
			.path("revision")
			.asLong();
		retract("titles", "TI-H");

		JsonNode history = get("/api/facts/titles/TI-H/history").body();
		assertThat(history.path("current").asBoolean()).isFalse();
		assertThat(history.path("versions")).extracting((v) -> v.path("revision").asLong()).startsWith(first, second);
		assertThat(history.path("versions").get(1).path("fact").path("revokedOn").asText()).isEqualTo("2020-06-01");
		assertThat(this.facts.find(Title.class, "TI-H")).isEmpty();
		assertThat(this.facts.scope(SubjectType.COMPANY, "CO-T1", first).titles())
			.filteredOn((title) -> title.id().equals("TI-H"))
			.as("the facts as known at the first revision")
			.singleElement()
			.extracting(Title::revokedOn)
			.isNull();
	}

	private static java.util.List<String> ids(JsonNode list) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		list.forEach((row) -> ids.add(row.path("id").asText()));
		return ids;
	}

	private ObjectNode title(String id, String holderType, String holderId, String scheme, int year, String title,
			String grantedOn) {
		return this.objectMapper.createObjectNode()
			.put("id", id)
			.put("holderType", holderType)
			.put("holderId", holderId)
			.put("scheme", scheme)
			.put("year", year)
			.put("title", title)
			.put("grantedOn", grantedOn);
	}

	private ObjectNode titles(ObjectNode... rows) {
		return rows("titles", rows);
	}

}
