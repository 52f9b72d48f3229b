package org.redproperty.audit;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.TestDatabase;

import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of write leaves exactly one entry in the audit log with the account that made it and its outcome,
 * whether the write succeeded or was refused; reads leave none. The log is read back through its own API.
 */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.demo.datasets=fixtures/demo-zichuan.json",
		"app.accounts.seed[0].username=tester", "app.accounts.seed[0].password={noop}tester-password",
		"app.accounts.seed[0].roles=ADMIN,POLICY,DATA_ENTRY,DISTRICT_STAFF,AUDITOR",
		"app.accounts.seed[1].username=reader", "app.accounts.seed[1].password={noop}reader-password",
		"app.accounts.seed[1].roles=AUDITOR" })
class AuditLogOnH2Tests extends DatabaseTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

	@Test
	void eachKindOfWriteIsRecordedOnceWithItsAccount() {
		assertRecorded("IMPORT", 200, post("/api/datasets", fixture("fixtures/small-valid.json")));
		assertRecorded("EVALUATE", 201, post("/api/evaluations",
				Map.of("scheme", "hongqi365", "year", 2023, "subjectId", "P-001", "asOf", "2023-11-30")));
		assertRecorded("RULESET_CHECK", 400, post("/api/rulesets/hongqi365/2023/check", Map.of("files", List.of())));
		assertRecorded("RULESET_ACTIVATE", 404,
				post("/api/rulesets/hongqi365/2023/activate", Map.of("hash", "0".repeat(64))));
		assertRecorded("RULESET_RELOAD", 200, post("/api/rulesets/reload", null));
		ApiResponse job = post("/api/rescore-jobs",
				Map.of("scheme", "hongqi365", "year", 2023, "asOf", "2023-11-30", "districtId", "D-ZC"));
		assertRecorded("JOB_START", 202, job);
		assertRecorded("JOB_RESUME", null, post("/api/rescore-jobs/{id}/resume", null, job.body().path("id").asText()));
		assertRecorded("USER_CREATE", 201, post("/api/users",
				Map.of("username", "newcomer", "password", "a-long-password", "roles", List.of("AUDITOR"))));
		assertRecorded("USER_CHANGE", 200, exchange(HttpMethod.PATCH, "/api/users/newcomer", Map.of("enabled", false)));
		get("/api/districts");
		assertThat(entries(null)).as("reads are not recorded").noneMatch((entry) -> entry.path("target").asText()
			.startsWith("GET"));
	}

	@Test
	void aFailedSignInIsRecordedWithTheNameTried() {
		ApiResponse response = exchangeAs("tester", "not-the-password", HttpMethod.GET, "/api/districts", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().path("code").asText()).isEqualTo("BAD_CREDENTIALS");
		List<JsonNode> failures = entries("SIGN_IN_FAILED");
		assertThat(failures).hasSize(1);
		assertThat(failures.get(0).path("account").asText()).isEqualTo("tester");
		assertThat(failures.get(0).path("status").asInt()).isEqualTo(401);
	}

	@Test
	void aRefusedWriteIsRecordedWithItsAccount() {
		ApiResponse refused = exchangeAs("reader", "reader-password", HttpMethod.POST, "/api/rulesets/reload", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().path("code").asText()).isEqualTo("FORBIDDEN");
		List<JsonNode> reloads = entries("RULESET_RELOAD&account=reader");
		assertThat(reloads).hasSize(1);
		assertThat(reloads.get(0).path("account").asText()).isEqualTo("reader");
		assertThat(reloads.get(0).path("status").asInt()).isEqualTo(403);
	}

	private void assertRecorded(String action, Integer status, ApiResponse response) {
		if (status != null) {
			assertThat(response.status()).as(action + ": " + response).isEqualTo(status);
		}
		List<JsonNode> entries = entries(action + "&account=" + TESTER);
		assertThat(entries).as(action).hasSize(1);
		assertThat(entries.get(0).path("account").asText()).isEqualTo(TESTER);
		assertThat(entries.get(0).path("status").asInt()).isEqualTo(response.status());
		assertThat(entries.get(0).path("recordedAt").isTextual()).isTrue();
	}

	private List<JsonNode> entries(String action) {
		String query = (action != null) ? "?action=" + action + "&size=1000" : "?size=1000";
		ApiResponse page = get("/api/audit-log" + query);
		assertThat(page.status()).isEqualTo(200);
		List<JsonNode> entries = new java.util.ArrayList<>();
		page.body().path("content").forEach(entries::add);
		return entries;
	}

}
