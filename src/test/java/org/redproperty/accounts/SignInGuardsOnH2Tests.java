package org.redproperty.accounts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guards around signing in: a lockout after repeated failures, lifted by a new password; the body size
 * limit; Spring Security's headers; passwords stored only as hashes; the {@code user add} command.
 */
@TestPropertySource(properties = { "app.accounts.max-failed-sign-ins=3", "app.web.max-body-size=2KB" })
class SignInGuardsOnH2Tests extends DatabaseTestSupport {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

	@Autowired
	UserCommand command;

	@Test
	void repeatedFailuresLockTheAccountUntilANewPassword() {
		create("locked.out", "the-right-password");
		for (int i = 0; i < 3; i++) {
			assertThat(as("locked.out", "wrong").body().path("code").asText()).isEqualTo("BAD_CREDENTIALS");
		}
		ApiResponse locked = as("locked.out", "the-right-password");
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.body().path("code").asText()).isEqualTo("ACCOUNT_LOCKED");
		assertThat(get("/api/users").body().findValues("lockedUntil")).anyMatch((until) -> !until.isNull());

		assertThat(exchange(HttpMethod.PATCH, "/api/users/locked.out", Map.of("password", "a-new-password")).status())
			.isEqualTo(200);
		assertThat(as("locked.out", "a-new-password").status()).isEqualTo(200);
	}

	@Test
	void failuresBelowTheLimitAreForgottenAfterAGoodSignIn() {
		create("forgetful", "the-right-password");
		as("forgetful", "wrong");
		as("forgetful", "wrong");
		assertThat(as("forgetful", "the-right-password").status()).isEqualTo(200);
		as("forgetful", "wrong");
		as("forgetful", "wrong");
		assertThat(as("forgetful", "the-right-password").status()).isEqualTo(200);
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		create("gone", "the-right-password");
		exchange(HttpMethod.PATCH, "/api/users/gone", Map.of("enabled", false));
		assertThat(as("gone", "the-right-password").body().path("code").asText()).isEqualTo("ACCOUNT_DISABLED");
	}

	@Test
	void passwordsAreStoredOnlyAsHashes() {
		create("hashed", "the-right-password");
		String stored = this.jdbc.sql("SELECT password_hash FROM accounts WHERE username = 'hashed'")
			.query(String.class)
			.single();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("the-right-password");
		assertThat(get("/api/users").body().toString()).doesNotContain("password");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413ProblemDetails() {
		ApiResponse response = post("/api/datasets", "{\"districts\":[" + "{\"id\":\"D\",\"name\":\"区\"},".repeat(100)
				+ "{\"id\":\"D\",\"name\":\"区\"}]}");
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void answersCarrySecurityHeadersAndErrorsNoStackTraces() {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(TESTER, TESTER_PASSWORD);
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = this.rest.exchange("/api/evaluations", HttpMethod.POST,
				new HttpEntity<>("{\"scheme\":", headers), String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeaders().getFirst("Cache-Control")).contains("no-store");
		assertThat(response.getBody()).doesNotContain("Exception", "at org.", "com.fasterxml");
		assertThat(this.rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
	}

	@Test
	void theCommandLineAddsAnAccountWithThePasswordFromStandardInput() throws Exception {
		InputStream before = System.in;
		try {
			System.setIn(new ByteArrayInputStream("from-standard-input\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(this.command.run(List.of("add", "--username", "cli.user", "--role", "DATA_ENTRY,AUDITOR"))).isZero();
		}
		finally {
			System.setIn(before);
		}
		assertThat(as("cli.user", "from-standard-input").status()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT roles FROM accounts WHERE username = 'cli.user'").query(String.class).single())
			.isEqualTo("DATA_ENTRY,AUDITOR");
	}

	private void create(String username, String password) {
		assertThat(post("/api/users", Map.of("username", username, "password", password, "roles", List.of("AUDITOR")))
			.status()).isEqualTo(201);
	}

	private ApiResponse as(String username, String password) {
		return exchangeAs(username, password, HttpMethod.GET, "/api/districts", null);
	}

}
