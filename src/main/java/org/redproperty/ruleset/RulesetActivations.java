package org.redproperty.ruleset;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every activation of a ruleset content, per scheme and year, in the order they happened. */
@Repository
public class RulesetActivations {

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	RulesetActivations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RulesetActivation record(RulesetKey key, String hash, String previousHash, String activatedBy, String source) {
		RulesetActivation activation = new RulesetActivation(hash, previousHash, activatedBy,
				Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS), source);
		this.jdbc.sql("""
				INSERT INTO ruleset_activations (scheme, scheme_year, hash, previous_hash, activated_by, activated_at, source)
				VALUES (:scheme, :year, :hash, :previousHash, :activatedBy, :activatedAt, :source)
				""")
			.param("scheme", key.scheme())
			.param("year", key.year())
			.param("hash", hash)
			.param("previousHash", previousHash)
			.param("activatedBy", activatedBy)
			.param("activatedAt", Timestamp.from(activation.activatedAt()))
			.param("source", source)
			.update();
		return activation;
	}

	/** The activations of a scheme and year, newest first. */
	public List<RulesetActivation> history(String scheme, int year) {
		return this.jdbc.sql("""
				SELECT hash, previous_hash, activated_by, activated_at, source FROM ruleset_activations
				WHERE scheme = :scheme AND scheme_year = :year ORDER BY id DESC
				""")
			.param("scheme", scheme)
			.param("year", year)
			.query((rs, row) -> new RulesetActivation(rs.getString("hash"), rs.getString("previous_hash"),
					rs.getString("activated_by"), rs.getTimestamp("activated_at").toInstant(), rs.getString("source")))
			.list();
	}

	/** The hash of the last content activated for that scheme and year, if any ever was. */
	Optional<String> latestHash(RulesetKey key) {
		return this.jdbc.sql("""
				SELECT hash FROM ruleset_activations WHERE scheme = :scheme AND scheme_year = :year
				ORDER BY id DESC LIMIT 1
				""")
			.param("scheme", key.scheme())
			.param("year", key.year())
			.query(String.class)
			.optional();
	}

}
