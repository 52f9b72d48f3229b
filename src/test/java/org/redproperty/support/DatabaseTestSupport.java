package org.redproperty.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.facts.FactKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A running service on a random port with a database of its own, chosen by the concrete subclass through
 * {@link TestDatabase} in a {@code @DynamicPropertySource} method; helpers to call its API and to read whole
 * tables back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class DatabaseTestSupport {

	/** The tables an import may write. */
	protected static final List<String> FACT_TABLES = java.util.Arrays.stream(FactKind.values())
		.map(FactKind::table)
		.toList();

	@Autowired
	protected TestRestTemplate rest;

	@Autowired
	protected ObjectMapper objectMapper;

	@Autowired
	protected JdbcClient jdbc;

	/** The test account of {@code application-test.properties}: every role, every district. */
	public static final String TESTER = "tester";

	public static final String TESTER_PASSWORD = "tester-password";

	protected ApiResponse get(String path, Object... variables) {
		return exchange(HttpMethod.GET, path, null, variables);
	}

	protected ApiResponse post(String path, Object body, Object... variables) {
		return exchange(HttpMethod.POST, path, body, variables);
	}

	/** A request signed in as the test account that holds every role. */
	protected ApiResponse exchange(HttpMethod method, String path, Object body, Object... variables) {
		return exchangeAs(TESTER, TESTER_PASSWORD, method, path, body, variables);
	}

	/** A request signed in as that account, or with no credentials when {@code username} is null. */
	protected ApiResponse exchangeAs(String username, String password, HttpMethod method, String path, Object body,
			Object... variables) {
		HttpHeaders headers = new HttpHeaders();
		if (username != null) {
			headers.setBasicAuth(username, password);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		String content = (body == null) ? null : (body instanceof String text) ? text : write(body);
		ResponseEntity<String> response = this.rest.exchange(path, method, new HttpEntity<>(content, headers),
				String.class, variables);
		JsonNode tree = null;
		MediaType type = response.getHeaders().getContentType();
		boolean json = type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type));
		try {
			// A download (a CSV or Excel report) has no JSON body to read.
			tree = (response.getBody() != null && (json || type == null)) ? this.objectMapper.readTree(response.getBody())
					: null;
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("not JSON: " + response.getBody(), ex);
		}
		return new ApiResponse(response.getStatusCode().value(), response.getHeaders().getContentType(), tree);
	}

	/** A JSON file of the repository, e.g. {@code fixtures/demo-zichuan.json}. */
	protected JsonNode fixture(String path) {
		try {
			return this.objectMapper.readTree(Path.of(path).toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected String write(Object value) {
		try {
			return this.objectMapper.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A dataset of one kind of facts with these rows, e.g. {@code rows("titles", title)}. */
	protected com.fasterxml.jackson.databind.node.ObjectNode rows(String kind,
			com.fasterxml.jackson.databind.node.ObjectNode... rows) {
		com.fasterxml.jackson.databind.node.ObjectNode dataset = this.objectMapper.createObjectNode();
		com.fasterxml.jackson.databind.node.ArrayNode list = dataset.putArray(kind);
		for (com.fasterxml.jackson.databind.node.ObjectNode row : rows) {
			list.add(row);
		}
		return dataset;
	}

	/** Imports a dataset that retracts one fact of a kind; asserts that it was accepted. */
	protected void retract(String kind, String id) {
		com.fasterxml.jackson.databind.node.ObjectNode retract = this.objectMapper.createObjectNode();
		retract.putObject("retract").putArray(kind).add(id);
		ApiResponse retraction = post("/api/datasets", retract);
		org.assertj.core.api.Assertions.assertThat(retraction.status()).as("%s", retraction).isEqualTo(200);
	}

	/** Every row of every fact table, in id order: two equal snapshots mean nothing was written. */
	protected Map<String, String> factTables() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : FACT_TABLES) {
			tables.put(table, this.jdbc.sql("SELECT * FROM " + table + " ORDER BY id")
				.query()
				.listOfRows()
				.stream()
				.map(Object::toString)
				.collect(Collectors.joining("\n")));
		}
		return tables;
	}

	protected int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
