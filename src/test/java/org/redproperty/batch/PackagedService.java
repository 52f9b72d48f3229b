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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service (the jar {@code package} built) run as processes against a MariaDB database of the test's
 * own, for the failsafe tests that kill it: generating data, starting instances, calling the API as a district
 * staff account, reading the database. {@link #close()} ends the processes and drops the database.
 */
final class PackagedService implements AutoCloseable {

	private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

	private static final Pattern FIELD = Pattern.compile("\"(state|done|total)\":\"?([A-Z0-9]+)");

	private static final String PASSWORD = "staff-password";

	private static final String AUTHORIZATION = "Basic "
			+ Base64.getEncoder().encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final String database;

	private final String url;

	private final Path jar;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Process> processes = new ArrayList<>();

	PackagedService(String prefix) throws IOException {
		this.database = prefix + UUID.randomUUID().toString().substring(0, 8);
		this.url = SERVER + this.database
				+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true";
		this.jar = jar();
	}

	/** Generates a province of that many projects into the database with the jar's {@code generate}. */
	void generate(int projects) throws IOException, InterruptedException {
		Process generate = new ProcessBuilder("java", "-jar", this.jar.toString(), "generate", "--projects",
				"" + projects, "--seed", "7", "--spring.profiles.active=mysql", "--spring.datasource.url=" + this.url)
			.inheritIO()
			.start();
		this.processes.add(generate);
		assertThat(generate.waitFor()).isZero();
	}

	/** Starts an instance on the port, with the settings given, and waits until it answers. */
	Process start(int port, String... settings) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", this.jar.toString(),
				"--spring.profiles.active=mysql", "--spring.datasource.url=" + this.url, "--server.port=" + port,
				"--app.demo.enabled=false", "--logging.level.root=WARN", "--app.accounts.seed[0].username=staff",
				"--app.accounts.seed[0].password={noop}" + PASSWORD, "--app.accounts.seed[0].roles=DISTRICT_STAFF"));
		command.addAll(List.of(settings));
		Process process = new ProcessBuilder(command).inheritIO().start();
		this.processes.add(process);
		// Start-up compiles every ruleset: on a loaded machine that alone has taken over two minutes.
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
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

	String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.header("Authorization", AUTHORIZATION)
					.GET()
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/** Queues a job and answers its id. */
	String post(int port, String path, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization", AUTHORIZATION)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	/** A field (state, done, total) of a job as its page shows it. */
	String job(int port, String id, String name) throws IOException, InterruptedException {
		String json = get(port, "/api/rescore-jobs/" + id);
		Matcher matcher = FIELD.matcher(json);
		while (matcher.find()) {
			if (matcher.group(1).equals(name)) {
				return matcher.group(2);
			}
		}
		throw new AssertionError(name + " missing in " + json);
	}

	/** The first column of the first row of a query. */
	String row(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).isTrue();
			return rs.getString(1);
		}
	}

	/** The first column of every row of a query. */
	List<String> column(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rs.next()) {
				values.add(rs.getString(1));
			}
			return values;
		}
	}

	/** Asserts that a job has exactly one result, and one stored evaluation, per subject, and no failed one. */
	void assertOneResultPerSubject(String id, int total) throws SQLException {
		assertThat(row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "'")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM (SELECT DISTINCT subject_type, subject_id FROM rescore_results WHERE job_id = '"
				+ id + "') x")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM evaluations e JOIN rescore_results r ON r.evaluation_id = e.id WHERE r.job_id = '"
				+ id + "'")).isEqualTo("" + total);
		assertThat(row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "' AND error_code IS NOT NULL"))
			.isEqualTo("0");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws SQLException {
		this.processes.forEach(Process::destroyForcibly);
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.database);
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("build.dir", "target")))) {
			return files.filter((p) -> p.getFileName().toString().matches("red-property-evaluation-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("run after package: no jar in target/"));
		}
	}

}
