package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops {@code evaluations.facts_json}. Since V5 an evaluation's facts are a row of {@code fact_snapshots} named by
 * the SHA-256 of their JSON; evaluations stored before V5 still hold their facts in the column, so they are moved
 * first: each one's JSON becomes a snapshot under the hash {@code evaluation.Evaluations} gives it (SHA-256 of the
 * UTF-8 bytes, in lower-case hex), and the row points at it. In Java because H2 and MySQL/MariaDB share no SQL
 * function for SHA-256.
 */
public class V6__drop_evaluation_facts_json extends BaseJavaMigration {

	/** Rows moved per round, in id order: a round holds at most this many facts documents in memory. */
	private static final int ROUND = 100;

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String after = "";
		List<Unmoved> round;
		while (!(round = unmoved(connection, after)).isEmpty()) {
			move(connection, round);
			after = round.get(round.size() - 1).id();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE evaluations DROP COLUMN facts_json");
		}
	}

	/** The next rows after the id given whose facts are still in the column. */
	private static List<Unmoved> unmoved(Connection connection, String after) throws SQLException {
		List<Unmoved> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT id, facts_json FROM evaluations
				WHERE facts_hash IS NULL AND facts_json IS NOT NULL AND id > ?
				ORDER BY id
				LIMIT %d
				""".formatted(ROUND))) {
			select.setString(1, after);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.add(new Unmoved(result.getString(1), result.getString(2)));
				}
			}
		}
		return rows;
	}

	/** Stores each row's facts as a snapshot unless one with that content is stored, and points the row at it. */
	private static void move(Connection connection, List<Unmoved> rows) throws SQLException {
		try (PreparedStatement stored = connection.prepareStatement("SELECT COUNT(*) FROM fact_snapshots WHERE hash = ?");
				PreparedStatement store = connection
					.prepareStatement("INSERT INTO fact_snapshots (hash, facts_json) VALUES (?, ?)");
				PreparedStatement point = connection
					.prepareStatement("UPDATE evaluations SET facts_hash = ? WHERE id = ?")) {
			for (Unmoved row : rows) {
				String hash = sha256(row.factsJson());
				stored.setString(1, hash);
				try (ResultSet result = stored.executeQuery()) {
					result.next();
					if (result.getInt(1) == 0) {
						store.setString(1, hash);
						store.setString(2, row.factsJson());
						store.executeUpdate();
					}
				}
				point.setString(1, hash);
				point.setString(2, row.id());
				point.addBatch();
			}
			point.executeBatch();
		}
	}

	/** As {@code Evaluations.sha256}: the hash a new evaluation with the same facts JSON is stored under. */
	private static String sha256(String json) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Unmoved(String id, String factsJson) {
	}

}
