package org.redproperty.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redproperty.support.DatabaseTestSupport;
import org.redproperty.support.TestDatabase;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe: every bad input of {@code src/test/resources/probe/} (see its README) is sent to the running service
 * on a database holding {@code fixtures/small-valid.json}, and each must be refused as its file expects: the
 * status, the stable code (and the row codes or fields named), a Chinese title and detail that name no Java class,
 * package or SQL, never a 500, and every fact table exactly as before.
 */
@TestPropertySource(properties = "app.web.max-body-size=1MB")
abstract class ProbeTests extends DatabaseTestSupport {

	private static final Path CORPUS = Path.of("src/test/resources/probe");

	private static final Pattern REPEAT = Pattern.compile("\\$\\{(\\d+)\\*(.)}");

	abstract TestDatabase database();

	@BeforeEach
	void importSmallDataset() {
		assertThat(post("/api/datasets", fixture("fixtures/small-valid.json")).status()).isEqualTo(200);
	}

	/**
	 * The probes for one database: each subclass's {@code corpus()} (the method source) names its database, so that a
	 * probe for one database only (e.g. ids that a MariaDB collation compares as equal) is not run, nor skipped, on
	 * the other.
	 */
	static Stream<Probe> corpus(TestDatabase database) throws IOException {
		try (Stream<Path> files = Files.walk(CORPUS)) {
			return files.filter((file) -> file.toString().endsWith(".txt"))
				.sorted()
				.map(Probe::read)
				.filter((probe) -> probe.runsOn(database))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void refusesBadInputInOneVoiceAndChangesNothing(Probe probe) {
		assertThat(probe.runsOn(database())).as("%s is for %s", probe, database()).isTrue();
		Map<String, String> before = factTables();

		ResponseEntity<String> response = send(probe);

		String body = response.getBody();
		assertThat(response.getStatusCode().value()).as("%s → %s", probe, body).isNotEqualTo(500).isEqualTo(probe.status());
		assertThat(response.getHeaders().getContentType()).as("%s", body).isNotNull()
			.matches((type) -> MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type));
		JsonNode problem = read(body);
		assertThat(problem.path("code").asText()).as("%s", body).isEqualTo(probe.code());
		assertThat(problem.path("status").asInt()).isEqualTo(probe.status());
		assertThat(problem.path("title").asText()).as("%s", body).containsPattern("\\p{IsHan}");
		assertThat(problem.path("detail").asText()).as("%s", body).containsPattern("\\p{IsHan}");
		assertThat(body).doesNotContain("org.", "java.", "SQL", "Exception", "jakarta.", "com.fasterxml");
		List<String> named = new ArrayList<>();
		problem.path("errors").forEach((error) -> error.forEach((value) -> named.add(value.asText())));
		assertThat(named).as("%s", body).containsAll(probe.named());
		problem.path("errors").forEach((error) -> assertThat(error.path("message").asText()).containsPattern("\\p{IsHan}"));
		assertThat(factTables()).as("the database after %s", probe).isEqualTo(before);
	}

	private ResponseEntity<String> send(Probe probe) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(TESTER, TESTER_PASSWORD);
		headers.setContentType(MediaType.parseMediaType(probe.contentType()));
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		HttpEntity<byte[]> request = new HttpEntity<>(probe.body().getBytes(StandardCharsets.UTF_8), headers);
		return this.rest.exchange(probe.path(), probe.method(), request, String.class);
	}

	private JsonNode read(String body) {
		try {
			return this.objectMapper.readTree(body);
		}
		catch (IOException ex) {
			throw new AssertionError("not JSON: " + body, ex);
		}
	}

	/** One file of the corpus: a comment line, the request line, {@code Expect:} and other headers, a body. */
	record Probe(String name, HttpMethod method, String path, int status, String code, List<String> named,
			String contentType, List<String> databases, String body) {

		static Probe read(Path file) {
			String text;
			try {
				text = Files.readString(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			int split = text.indexOf("\n\n");
			List<String> head = text.substring(0, split).lines().filter((line) -> !line.startsWith("#")).toList();
			String[] request = head.get(0).split(" ", 2);
			String[] expect = header(head, "Expect", "").split(" ");
			List<String> named = new ArrayList<>(List.of(expect).subList(2, expect.length));
			String body = text.substring(split + 2).replaceFirst("\n$", "");
			String name = CORPUS.relativize(file).toString().replaceFirst("\\.txt$", "");
			return new Probe(name, HttpMethod.valueOf(request[0]), request[1], Integer.parseInt(expect[0]), expect[1],
					named, header(head, "Content-Type", MediaType.APPLICATION_JSON_VALUE),
					List.of(header(head, "Databases", "H2 MARIADB").split(" ")), expand(body));
		}

		private static String header(List<String> head, String name, String fallback) {
			return head.stream()
				.filter((line) -> line.startsWith(name + ": "))
				.map((line) -> line.substring(name.length() + 2).strip())
				.findFirst()
				.orElse(fallback);
		}

		/** {@code ${201*区}} stands for 201 times 区. */
		private static String expand(String body) {
			Matcher matcher = REPEAT.matcher(body);
			StringBuilder expanded = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(expanded,
						Matcher.quoteReplacement(matcher.group(2).repeat(Integer.parseInt(matcher.group(1)))));
			}
			return matcher.appendTail(expanded).toString();
		}

		boolean runsOn(TestDatabase database) {
			return this.databases.contains(database.name());
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
