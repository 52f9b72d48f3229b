package org.redproperty.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases the integration tests run on. Each call of {@link #configure} gives the test class a fresh,
 * empty database of its own: an in-memory H2 in MySQL mode, or a database {@code rp_it_<jvm>_<n>} on the MariaDB
 * (or MySQL) server at {@code DB_HOST}:{@code DB_PORT} (default 127.0.0.1:3306, root, empty password), reached
 * through Connector/J with the {@code mysql} profile's URL. The MariaDB databases are dropped when the JVM exits.
 * An unreachable server fails the test; it is never skipped.
 */
public enum TestDatabase {

	H2 {
		@Override
		public void configure(DynamicPropertyRegistry registry) {
			String name = "rp_it_" + NEXT.incrementAndGet();
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
					+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR;DB_CLOSE_DELAY=-1");
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
		}
	},

	MARIADB {
		@Override
		public void configure(DynamicPropertyRegistry registry) {
			String name = "rp_it_" + JVM + "_" + NEXT.incrementAndGet();
			create(name);
			// The URL of application-mysql.properties, with this class's own database.
			registry.add("spring.datasource.url", () -> "jdbc:mysql://" + HOST + ":" + PORT + "/" + name
					+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true&permitMysqlScheme=true");
			registry.add("spring.datasource.username", () -> USER);
			registry.add("spring.datasource.password", () -> PASSWORD);
			// Spring keeps the context of every test class open until the JVM ends: a pool that holds one idle
			// connection, not ten, keeps the server's connections (151 by default) for the classes still running.
			registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
			registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
		}
	};

	private static final String HOST = env("DB_HOST", "127.0.0.1");

	private static final String PORT = env("DB_PORT", "3306");

	private static final String USER = env("DB_USER", "root");

	private static final String PASSWORD = env("DB_PASSWORD", "");

	/** Distinguishes this test JVM from other runs against the same server. */
	private static final String JVM = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
	}

	/** Points the Spring datasource of the test class at a fresh, empty database of this kind. */
	public abstract void configure(DynamicPropertyRegistry registry);

	private static void create(String name) {
		try (Connection connection = server(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
			CREATED.add(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("MariaDB/MySQL at " + HOST + ":" + PORT + " is not reachable as " + USER
					+ "; the integration tests need it (start it with: start-stop-daemon --start --oknodo --background"
					+ " --exec /usr/sbin/mariadbd): " + ex.getMessage(), ex);
		}
	}

	private static void dropCreated() {
		if (CREATED.isEmpty()) {
			return;
		}
		try (Connection connection = server(); Statement statement = connection.createStatement()) {
			statement.execute("SET SESSION lock_wait_timeout = 10");
			for (String name : CREATED) {
				statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
			}
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test databases " + CREATED + ": " + ex.getMessage());
		}
	}

	private static Connection server() throws SQLException {
		DriverManager.setLoginTimeout(5);
		return DriverManager.getConnection("jdbc:mysql://" + HOST + ":" + PORT + "/?connectTimeout=5000", USER,
				PASSWORD);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
