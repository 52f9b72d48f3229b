package org.redproperty.ruleset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts that passed every check, whole, by hash: what {@code activate} with a hash puts into service. */
@Repository
class CheckedDrafts {

	private static final TypeReference<List<RulesetFile>> FILES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	CheckedDrafts(JdbcClient jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	/** Keeps a draft that passed, unless that content is already kept. */
	void keep(RulesetKey key, String hash, DraftContent draft) {
		Integer known = this.jdbc.sql("SELECT COUNT(*) FROM ruleset_drafts WHERE hash = :hash")
			.param("hash", hash)
			.query(Integer.class)
			.single();
		if (known > 0) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO ruleset_drafts (hash, scheme, scheme_year, based_on_year, based_on_hash, files_json, checked_at)
					VALUES (:hash, :scheme, :year, :basedOnYear, :basedOnHash, :files, :at)
					""")
				.param("hash", hash)
				.param("scheme", key.scheme())
				.param("year", key.year())
				.param("basedOnYear", (draft.basedOn() != null) ? draft.basedOn().year() : null)
				.param("basedOnHash", (draft.basedOn() != null) ? draft.basedOn().hash() : null)
				.param("files", this.objectMapper.writeValueAsString(draft.files()))
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// kept meanwhile by a check of the same content
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The draft of that hash, if one checked for that scheme and year passed. */
	Optional<DraftContent> find(RulesetKey key, String hash) {
		return this.jdbc.sql("""
				SELECT files_json, based_on_year, based_on_hash FROM ruleset_drafts
				WHERE hash = :hash AND scheme = :scheme AND scheme_year = :year
				""")
			.param("hash", hash)
			.param("scheme", key.scheme())
			.param("year", key.year())
			.query((rs, row) -> {
				String basedOnHash = rs.getString("based_on_hash");
				RulesetIdentity basedOn = (basedOnHash != null)
						? new RulesetIdentity(key.scheme(), rs.getInt("based_on_year"), basedOnHash) : null;
				return new DraftContent(read(rs.getString("files_json")), basedOn);
			})
			.optional();
	}

	private List<RulesetFile> read(String json) {
		try {
			return this.objectMapper.readValue(json, FILES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("无法读取已检查的草案", ex);
		}
	}

}
