package org.redproperty.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint with every role, with none and with a wrong password, against {@link AccessRules}: without a valid
 * sign-in {@code 401}, with too few rights {@code 403}, otherwise an answer of the endpoint itself (a {@code GET}
 * of real demo data: {@code 2xx}; a write with a deliberately incomplete body: its own {@code 4xx}, so that the walk
 * changes nothing). Every endpoint of the application must have a sample here. The test also writes the role
 * table of the API guide from the same rules.
 */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.demo.datasets=fixtures/demo-zichuan.json",
		"app.accounts.seed[0].username=tester", "app.accounts.seed[0].password={noop}tester-password",
		"app.accounts.seed[0].roles=ADMIN,POLICY,DATA_ENTRY,DISTRICT_STAFF,AUDITOR",
		"app.accounts.seed[1].username=ADMIN", "app.accounts.seed[1].password={noop}pw", "app.accounts.seed[1].roles=ADMIN",
		"app.accounts.seed[2].username=POLICY", "app.accounts.seed[2].password={noop}pw", "app.accounts.seed[2].roles=POLICY",
		"app.accounts.seed[3].username=DATA_ENTRY", "app.accounts.seed[3].password={noop}pw",
		"app.accounts.seed[3].roles=DATA_ENTRY", "app.accounts.seed[4].username=DISTRICT_STAFF",
		"app.accounts.seed[4].password={noop}pw", "app.accounts.seed[4].roles=DISTRICT_STAFF",
		"app.accounts.seed[5].username=AUDITOR", "app.accounts.seed[5].password={noop}pw",
		"app.accounts.seed[5].roles=AUDITOR" })
class AccessRulesOnH2Tests extends DatabaseTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointAnswersEachRoleAsTheTableSays() {
		Map<String, Sample> samples = samples();
		SoftAssertions softly = new SoftAssertions();
		for (Sample sample : samples.values()) {
			AccessRule rule = ruleOf(sample);
			int anonymous = exchangeAs(null, null, sample.method(), sample.path(), sample.body()).status();
			int wrongPassword = exchangeAs("AUDITOR", "wrong", sample.method(), sample.path(), sample.body()).status();
			if (rule != null && rule.open()) {
				softly.assertThat(anonymous).as("%s without sign-in", sample).isBetween(200, 299);
			}
			else {
				softly.assertThat(anonymous).as("%s without sign-in", sample).isEqualTo(401);
				softly.assertThat(wrongPassword).as("%s with a wrong password", sample).isEqualTo(401);
			}
			for (Role role : Role.values()) {
				ApiResponse response = exchangeAs(role.name(), "pw", sample.method(), sample.path(), sample.body());
				boolean allowed = rule != null && rule.allows(EnumSet.of(role));
				if (!allowed) {
					softly.assertThat(response.status()).as("%s as %s", sample, role).isEqualTo(403);
					softly.assertThat(response.isProblem()).as("%s as %s: problem details", sample, role).isTrue();
				}
				else if (sample.method() == HttpMethod.GET) {
					softly.assertThat(response.status()).as("%s as %s: %s", sample, role, response).isBetween(200, 299);
				}
				else {
					softly.assertThat(response.status()).as("%s as %s: %s", sample, role, response)
						.isNotIn(401, 403)
						.isLessThan(500);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void everyEndpointOfTheApplicationHasASample() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> info.getMethodsCondition().getMethods()
			.forEach((method) -> info.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.startsWith("/api/"))
				.forEach((pattern) -> endpoints.add(method + " " + pattern))));
		assertThat(samples().keySet()).as("add a sample for each new endpoint (and a line to AccessRules if it is a "
				+ "write or not open to every signed-in account)").containsAll(endpoints);
	}

	@Test
	void writesTheRoleTableOfTheApiGuide() throws IOException {
		StringBuilder table = new StringBuilder("|===\n|请求 |用途 |谁可以 |操作日志中记为\n\n");
		for (AccessRule rule : AccessRules.RULES) {
			String who = rule.open() ? "任何人，无需登录" : rule.anySignedIn() ? "已登录的任何账户（限于其区）"
					: rule.roles().stream().map(Role::name).map((name) -> "`" + name + "`").collect(Collectors.joining("、"));
			table.append("|`").append(rule.method()).append(' ').append(rule.pattern()).append("` |").append(rule.what())
				.append(" |").append(who).append(" |").append((rule.action() != null) ? "`" + rule.action() + "`" : "")
				.append('\n');
		}
		table.append("|`POST`、`PUT`、`PATCH`、`DELETE` 其余路径 |表中未列的写操作 |无人可用（`403`） |\n|===\n");
		StringBuilder roles = new StringBuilder("|===\n|角色 |可以做什么\n\n");
		Arrays.stream(Role.values())
			.forEach((role) -> roles.append("|`").append(role.name()).append("` |").append(role.description()).append('\n'));
		roles.append("|===\n");
		Path directory = Path.of(System.getProperty("org.springframework.restdocs.outputDir", "target/generated-snippets"),
				"access-rules");
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("table.adoc"), table);
		Files.writeString(directory.resolve("roles.adoc"), roles);
		assertThat(table).contains("/api/rescore-jobs/*/cancel", "/api/**");
	}

	private static AccessRule ruleOf(Sample sample) {
		MockHttpServletRequest request = new MockHttpServletRequest(sample.method().name(), sample.path());
		return AccessRules.of(request).orElse(null);
	}

	/** One request per endpoint, keyed by the endpoint as its controller maps it. */
	private Map<String, Sample> samples() {
		String evaluation = post("/api/evaluations",
				Map.of("scheme", "hongqi365", "year", 2023, "subjectId", "P-001", "asOf", "2023-11-30")).body()
			.path("id")
			.asText();
		String job = job();
		long revision = get("/api/revisions").body().path("content").path(0).path("revision").asLong();
		// The job proposes the demo's credit deductions; the decisions below are refused for their body.
		String proposal = get("/api/deduction-proposals").body().path("content").path(0).path("id").asText();
		String tooLong = "{\"reason\":\"" + "长".repeat(501) + "\"}";
		Map<String, Sample> samples = new LinkedHashMap<>();
		List<Sample> list = new ArrayList<>(List.of(
				new Sample("POST", "/api/users", "/api/users", "{}"),
				new Sample("GET", "/api/users", "/api/users", null),
				new Sample("PATCH", "/api/users/{username}", "/api/users/nobody", "{}"),
				new Sample("GET", "/api/audit-log", "/api/audit-log", null),
				new Sample("POST", "/api/datasets", "/api/datasets", "{\"districts\":[{\"id\":\"\"}]}"),
				new Sample("GET", "/api/districts", "/api/districts", null),
				new Sample("GET", "/api/imports/nominations.xlsx", "/api/imports/nominations.xlsx", null),
				new Sample("GET", "/api/imports/activities.xlsx", "/api/imports/activities.xlsx", null),
				new Sample("POST", "/api/imports/nominations.xlsx", "/api/imports/nominations.xlsx", "{}"),
				new Sample("POST", "/api/imports/activities.xlsx", "/api/imports/activities.xlsx", "{}"),
				new Sample("GET", "/api/districts/{id}/nominations.xlsx",
						"/api/districts/D-ZC/nominations.xlsx?scheme=hongqi365&year=2023", null),
				new Sample("GET", "/api/streets", "/api/streets", null),
				new Sample("GET", "/api/communities", "/api/communities", null),
				new Sample("GET", "/api/companies", "/api/companies", null),
				new Sample("GET", "/api/projects", "/api/projects", null),
				new Sample("GET", "/api/projects/{id}", "/api/projects/P-001", null),
				new Sample("GET", "/api/titles", "/api/titles", null),
				new Sample("POST", "/api/evaluations", "/api/evaluations", "{}"),
				new Sample("GET", "/api/evaluations/{id}", "/api/evaluations/" + evaluation, null),
				new Sample("POST", "/api/evaluations/{id}/replay", "/api/evaluations/" + evaluation + "/replay", null),
				new Sample("GET", "/api/evaluations/{id}/facts", "/api/evaluations/" + evaluation + "/facts", null),
				new Sample("GET", "/api/projects/{id}/evaluations", "/api/projects/P-001/evaluations", null),
				new Sample("POST", "/api/what-if", "/api/what-if", "{}"),
				new Sample("POST", "/api/rescore-jobs", "/api/rescore-jobs", "{}"),
				new Sample("GET", "/api/rescore-jobs/{id}", "/api/rescore-jobs/" + job, null),
				new Sample("POST", "/api/rescore-jobs/{id}/resume", "/api/rescore-jobs/" + job + "/resume", null),
				new Sample("GET", "/api/rescore-jobs/{id}/results", "/api/rescore-jobs/" + job + "/results", null),
				new Sample("GET", "/api/rescore-jobs/{id}/changes", "/api/rescore-jobs/" + job + "/changes", null),
				new Sample("GET", "/api/rescore-jobs/{id}/report.csv", "/api/rescore-jobs/" + job + "/report.csv", null),
				new Sample("GET", "/api/rescore-jobs/{id}/report.xlsx", "/api/rescore-jobs/" + job + "/report.xlsx", null),
				new Sample("POST", "/api/rescore-jobs/{id}/cancel", "/api/rescore-jobs/" + job + "/cancel", null),
				new Sample("POST", "/api/rescore-jobs/{id}/publish", "/api/rescore-jobs/no-such-job/publish", null),
				new Sample("GET", "/api/evaluations/{id}/diff",
						"/api/evaluations/" + evaluation + "/diff?against=" + evaluation, null),
				new Sample("GET", "/api/evaluations/{id}/path", "/api/evaluations/" + evaluation + "/path", null),
				new Sample("GET", "/api/deduction-proposals", "/api/deduction-proposals?state=PROPOSED", null),
				new Sample("GET", "/api/deduction-proposals/{id}", "/api/deduction-proposals/" + proposal, null),
				new Sample("POST", "/api/deduction-proposals/{id}/confirm",
						"/api/deduction-proposals/" + proposal + "/confirm", tooLong),
				new Sample("POST", "/api/deduction-proposals/{id}/reject",
						"/api/deduction-proposals/" + proposal + "/reject", "{}"),
				new Sample("GET", "/api/revisions", "/api/revisions", null),
				new Sample("GET", "/api/revisions/{revision}", "/api/revisions/" + revision, null),
				new Sample("GET", "/api/facts/{kind}/{id}/history", "/api/facts/projects/P-001/history", null),
				new Sample("GET", "/api/rulesets", "/api/rulesets", null),
				new Sample("GET", "/api/rulesets/{scheme}/{year}", "/api/rulesets/hongqi365/2023", null),
				new Sample("POST", "/api/rulesets/reload", "/api/rulesets/reload", null),
				new Sample("POST", "/api/rulesets/{scheme}/{year}/check", "/api/rulesets/hongqi365/2023/check",
						"{\"files\":[{\"name\":\"\"}]}"),
				new Sample("POST", "/api/rulesets/{scheme}/{year}/activate", "/api/rulesets/hongqi365/2023/activate",
						"{\"hash\":\"" + "0".repeat(64) + "\"}"),
				new Sample("GET", "/api/rulesets/{scheme}/{year}/history", "/api/rulesets/hongqi365/2023/history", null),
				new Sample("DELETE", "(no such write)", "/api/projects/P-001", null),
				new Sample("GET", "/actuator/health", "/actuator/health", null),
				new Sample("GET", "/actuator", "/actuator", null)));
		list.forEach((sample) -> samples.put(sample.method() + " " + sample.endpoint(), sample));
		return samples;
	}

	/** A finished job of the demo district, so that its results and reports can be read. */
	private String job() {
		String id = post("/api/rescore-jobs",
				Map.of("scheme", "hongqi365", "year", 2023, "asOf", "2023-11-30", "districtId", "D-ZC")).body()
			.path("id")
			.asText();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!Set.of("SUCCEEDED", "FAILED").contains(get("/api/rescore-jobs/" + id).body().path("state").asText())
				&& System.nanoTime() < deadline) {
			sleep();
		}
		return id;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Sample(HttpMethod method, String endpoint, String path, String body) {

		Sample(String method, String endpoint, String path, String body) {
			this(HttpMethod.valueOf(method), endpoint, path, body);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
