package org.redproperty.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading facts back from the database: what each kind of subject's scope holds, which kind an id names, and
 * lookups by more ids than one statement takes. Expectations are derived from {@code fixtures/demo-zichuan.json}.
 */
abstract class FactStoreTests extends DatabaseTestSupport {

	private static final String DEMO = "fixtures/demo-zichuan.json";

	@Autowired
	FactStore store;

	private JsonNode demo;

	@BeforeEach
	void importDemoOnce() {
		this.demo = fixture(DEMO);
		if (count("districts") == 0) {
			assertThat(post("/api/datasets", this.demo).status()).isEqualTo(200);
		}
	}

	@Test
	void scopeOfProjectHoldsItsRecordsCompanyAndTree() {
		JsonNode project = this.demo.path("projects").get(0);
		String id = project.path("id").asText();

		Dataset scope = this.store.scope(SubjectType.PROJECT, id);

		assertThat(ids(scope.projects())).containsExactly(id);
		assertThat(ids(scope.communities())).containsExactly(project.path("communityId").asText());
		assertThat(scope.streets()).hasSize(1);
		assertThat(scope.districts()).hasSize(1);
		assertThat(ids(scope.companies())).containsExactly(project.path("companyId").asText());
		assertThat(ids(scope.activities())).containsExactlyInAnyOrderElementsOf(
				fixtureIds("activities", (row) -> row.path("projectId").asText().equals(id)));
		assertThat(ids(scope.committees())).containsExactlyInAnyOrderElementsOf(
				fixtureIds("committees", (row) -> row.path("projectId").asText().equals(id)));
		assertThat(ids(scope.nominations())).containsExactlyInAnyOrderElementsOf(
				fixtureIds("nominations", (row) -> row.path("projectId").asText().equals(id)));
	}

	@Test
	void scopeOfCommunityStreetAndDistrictHoldsTheirProjects() {
		JsonNode community = this.demo.path("communities").get(0);
		String communityId = community.path("id").asText();
		String streetId = community.path("streetId").asText();
		String districtId = this.demo.path("districts").get(0).path("id").asText();
		Set<String> communitiesOfStreet = fixtureIds("communities",
				(row) -> row.path("streetId").asText().equals(streetId));

		assertThat(ids(this.store.scope(SubjectType.COMMUNITY, communityId).projects()))
			.containsExactlyInAnyOrderElementsOf(
					fixtureIds("projects", (row) -> row.path("communityId").asText().equals(communityId)));
		Dataset street = this.store.scope(SubjectType.STREET, streetId);
		assertThat(ids(street.projects())).containsExactlyInAnyOrderElementsOf(fixtureIds("projects",
				(row) -> communitiesOfStreet.contains(row.path("communityId").asText())));
		assertThat(ids(street.streets())).containsExactly(streetId);
		Dataset district = this.store.scope(SubjectType.DISTRICT, districtId);
		assertThat(ids(district.projects())).containsExactlyInAnyOrderElementsOf(fixtureIds("projects", (row) -> true));
		Set<String> serving = new HashSet<>();
		this.demo.path("projects").forEach((row) -> {
			if (!row.path("companyId").isNull()) {
				serving.add(row.path("companyId").asText());
			}
		});
		assertThat(ids(district.companies())).containsExactlyInAnyOrderElementsOf(serving);
		assertThat(ids(district.indicators())).containsAll(fixtureIds("indicators",
				(row) -> row.path("subjectType").asText().equals("DISTRICT")));
	}

	@Test
	void scopeOfDistrictAndStreetHoldsTheirStreetsAndCommunitiesWithoutProjects() {
		String districtId = this.demo.path("districts").get(0).path("id").asText();
		com.fasterxml.jackson.databind.node.ObjectNode empty = this.objectMapper.createObjectNode();
		empty.putArray("streets").addObject().put("id", "S-EMPTY").put("districtId", districtId).put("name", "空街道");
		empty.putArray("communities").addObject().put("id", "C-EMPTY").put("streetId", "S-EMPTY").put("name", "空社区");
		assertThat(post("/api/datasets", empty).status()).isEqualTo(200);

		Dataset district = this.store.scope(SubjectType.DISTRICT, districtId);
		assertThat(ids(district.streets())).contains("S-EMPTY");
		assertThat(ids(district.communities())).contains("C-EMPTY");
		Dataset street = this.store.scope(SubjectType.STREET, "S-EMPTY");
		assertThat(ids(street.streets())).containsExactly("S-EMPTY");
		assertThat(ids(street.communities())).containsExactly("C-EMPTY");
		assertThat(ids(street.districts())).containsExactly(districtId);
		assertThat(street.projects()).isEmpty();
	}

	@Test
	void scopeOfCompanyHoldsItsProjectsAndItsOwnIncidents() {
		String companyId = this.demo.path("companies").get(0).path("id").asText();

		Dataset scope = this.store.scope(SubjectType.COMPANY, companyId);

		Set<String> projects = fixtureIds("projects", (row) -> row.path("companyId").asText().equals(companyId));
		assertThat(ids(scope.projects())).containsExactlyInAnyOrderElementsOf(projects);
		assertThat(ids(scope.companies())).containsExactly(companyId);
		assertThat(ids(scope.incidents())).containsExactlyInAnyOrderElementsOf(fixtureIds("incidents",
				(row) -> projects.contains(row.path("projectId").asText()) || (row.path("projectId").isNull()
						&& row.path("companyId").asText().equals(companyId))));
		assertThat(ids(scope.surveys())).containsExactlyInAnyOrderElementsOf(
				fixtureIds("surveys", (row) -> row.path("companyId").asText().equals(companyId)));
	}

	@Test
	void namesTheKindOfSubjectAnIdStandsFor() {
		assertThat(this.store.subjectTypeOf(firstId("projects"))).contains(SubjectType.PROJECT);
		assertThat(this.store.subjectTypeOf(firstId("communities"))).contains(SubjectType.COMMUNITY);
		assertThat(this.store.subjectTypeOf(firstId("streets"))).contains(SubjectType.STREET);
		assertThat(this.store.subjectTypeOf(firstId("districts"))).contains(SubjectType.DISTRICT);
		assertThat(this.store.subjectTypeOf(firstId("companies"))).contains(SubjectType.COMPANY);
		assertThat(this.store.subjectTypeOf("NO-SUCH-ID")).isEmpty();
	}

	@Test
	void findsByMoreIdsThanOneStatementTakes() {
		List<String> ids = new ArrayList<>(fixtureIds("activities", (row) -> true));
		assertThat(ids).hasSizeGreaterThan(1000);
		for (int i = 0; i < 1500; i++) {
			ids.add("NO-SUCH-" + i);
		}
		ids.addAll(ids.subList(0, 10));

		List<Activity> found = this.store.where(Activity.class, "id", ids);

		assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(fixtureIds("activities", (row) -> true));
	}

	@Test
	void readsAllOfAKindInIdOrder() {
		assertThat(ids(this.store.all(Project.class))).containsExactlyElementsOf(
				fixtureIds("projects", (row) -> true).stream().sorted().toList());
	}

	private String firstId(String kind) {
		return this.demo.path(kind).get(0).path("id").asText();
	}

	private Set<String> fixtureIds(String kind, Predicate<JsonNode> filter) {
		Set<String> ids = new HashSet<>();
		this.demo.path(kind).forEach((row) -> {
			if (filter.test(row)) {
				ids.add(row.path("id").asText());
			}
		});
		return ids;
	}

	private static List<String> ids(List<? extends Fact> facts) {
		return facts.stream().map(Fact::id).toList();
	}

}
