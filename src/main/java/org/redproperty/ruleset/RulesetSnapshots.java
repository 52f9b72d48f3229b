package org.redproperty.ruleset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of every ruleset content that ever served, by hash. */
@Repository
public class RulesetSnapshots {

	private static final TypeReference<List<RulesetFile>> FILES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	RulesetSnapshots(JdbcClient jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	/** Keeps the ruleset's files unless its content is already kept. */
	void keep(Ruleset ruleset) {
		Integer known = this.jdbc.sql("SELECT COUNT(*) FROM ruleset_snapshots WHERE hash = :hash")
			.param("hash", ruleset.hash())
			.query(Integer.class)
			.single();
		if (known > 0) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO ruleset_snapshots (hash, scheme, scheme_year, title, files_json, first_served_at)
					VALUES (:hash, :scheme, :year, :title, :files, :at)
					""")
				.param("hash", ruleset.hash())
				.param("scheme", ruleset.manifest().scheme())
				.param("year", ruleset.manifest().year())
				.param("title", ruleset.manifest().title())
				.param("files", this.objectMapper.writeValueAsString(ruleset.files()))
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Optional<List<RulesetFile>> files(String hash) {
		return this.jdbc.sql("SELECT files_json FROM ruleset_snapshots WHERE hash = :hash")
			.param("hash", hash)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	private List<RulesetFile> read(String json) {
		try {
			return this.objectMapper.readValue(json, FILES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("无法读取规则集快照", ex);
		}
	}

}
