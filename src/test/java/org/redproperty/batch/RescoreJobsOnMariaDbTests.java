package org.redproperty.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Re-score jobs on the real MariaDB (127.0.0.1:3306, root, empty password; {@code .ci/run} starts it), in a
 * database of this test run's own, dropped at the end. Fails when the server does not answer.
 */
@ActiveProfiles("mysql")
class RescoreJobsOnMariaDbTests extends RescoreJobsContract {

	private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

	private static final String DATABASE = "rp_rescore_" + UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SERVER + DATABASE
				+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true");
		registry.add("app.rules.dir", RULES::toString);
	}

	@AfterAll
	static void dropTheDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
		}
	}

}
