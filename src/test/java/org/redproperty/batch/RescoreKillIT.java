package org.redproperty.batch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service killed with {@code kill -9} in the middle of a re-score job on the real MariaDB: the next
 * start resumes the job, which ends with exactly one result, and one stored evaluation, per subject. Runs after
 * {@code package}, from the jar, as {@code mvn verify} does.
 */
class RescoreKillIT {

	private static final String DATABASE = "rp_kill_" + UUID.randomUUID().toString().substring(0, 8);

	private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

	private static final String URL = SERVER + DATABASE
			+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true";

	private static final Pattern FIELD = Pattern.compile("\"(state|done|total)\":\"?([A-Z0-9]+)");

	private static final String PASSWORD = "staff-password";

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopAndDropTheDatabase() throws SQLException {
		this.processes.forEach(Process::destroyForcibly);
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
		}
	}

	@Test
	void aJobCutOffByKillDashNineIsResumedAtTheNextStartWithExactlyOneResultPerSubject() throws Exception {
		Path jar = jar();
		Process generate = new ProcessBuilder("java", "-jar", jar.toString(), "generate", "--projects", "3000",
				"--seed", "7", "--spring.profiles.active=mysql", "--spring.datasource.url=" + URL)
			.inheritIO()
			.start();
		this.processes.add(generate);
		assertThat(generate.waitFor()).isZero();

		int port = freePort();
		Process first = start(jar, port);
		String job = post(port, "/api/rescore-jobs",
				"{\"scheme\":\"hongqi365\",\"year\":2023,\"asOf\":\"2023-11-30\"}");
		String id = job.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		int done = 0;
		while (done == 0 && System.nanoTime() < deadline) {
			done = Integer.parseInt(field(get(port, "/api/rescore-jobs/" + id), "done"));
			Thread.sleep(20);
		}
		first.destroyForcibly().waitFor();

		int total = Integer.parseInt(row("SELECT total FROM rescore_jobs WHERE id = '" + id + "'"));
		assertThat(row("SELECT state FROM rescore_jobs WHERE id = '" + id + "'")).isEqualTo("RUNNING");
		int written = Integer.parseInt(row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "'"));
		assertThat(written).as("killed after some districts and before the last").isPositive().isLessThan(total);

		start(jar, port);
		String state = "";
		while (!state.equals("SUCCEEDED") && System.nanoTime() < deadline) {
			state = field(get(port, "/api/rescore-jobs/" + id), "state");
			assertThat(state).isNotEqualTo("FAILED");
			Thread.sleep(200);
		}
		assertThat(state).isEqualTo("SUCCEEDED");
		assertThat(row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "'")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM (SELECT DISTINCT subject_type, subject_id FROM rescore_results WHERE job_id = '"
				+ id + "') x")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM evaluations e JOIN rescore_results r ON r.evaluation_id = e.id WHERE r.job_id = '"
				+ id + "'")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "' AND error_code IS NOT NULL"))
			.isEqualTo("0");
	}

	private Process start(Path jar, int port) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toString(), "--spring.profiles.active=mysql",
				"--spring.datasource.url=" + URL, "--server.port=" + port, "--app.demo.enabled=false",
				"--logging.level.root=WARN", "--app.accounts.seed[0].username=staff",
				"--app.accounts.seed[0].password={noop}" + PASSWORD, "--app.accounts.seed[0].roles=DISTRICT_STAFF")
			.inheritIO()
			.start();
		this.processes.add(process);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the service keeps running").isTrue();
			try {
				get(port, "/api/districts");
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(250);
			}
		}
		throw new AssertionError("the service did not answer on port " + port);
	}

	private String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", AUTHORIZATION)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private String post(int port, String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", AUTHORIZATION)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return response.body();
	}

	private static String field(String json, String name) {
		Matcher matcher = FIELD.matcher(json);
		while (matcher.find()) {
			if (matcher.group(1).equals(name)) {
				return matcher.group(2);
			}
		}
		throw new AssertionError(name + " missing in " + json);
	}

	private static String row(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("build.dir", "target")))) {
			return files.filter((p) -> p.getFileName().toString().matches("red-property-evaluation-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("run after package: no jar in target/"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
