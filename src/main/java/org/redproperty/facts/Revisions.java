package org.redproperty.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.ServiceException;
import org.redproperty.common.Timestamps;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revisions of the facts. {@link #next()} locks the counter row for the rest of the caller's transaction, so
 * that two imports are applied one after the other (the second reads what the first wrote) on H2 and MariaDB
 * alike, and revisions are numbered without gaps: an import refused rolls its number back.
 */
@Repository
public class Revisions {

	/** The width of {@code fact_revisions.source} (V9). */
	static final int SOURCE_WIDTH = 200;

	private static final TypeReference<Map<String, Revision.Counts>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	Revisions(JdbcClient jdbc, ObjectMapper objectMapper) {
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	/** The number of the next revision; waits while another import holds the counter. In a transaction only. */
	public long next() {
		long last;
		try {
			last = this.jdbc.sql("SELECT last_revision FROM fact_revision_counter WHERE id = 1 FOR UPDATE")
				.query(Long.class)
				.single();
		}
		catch (PessimisticLockingFailureException ex) {
			throw new FactsException(ServiceException.Kind.CONFLICT, "IMPORT_BUSY",
					"另一次导入正在写入，等待超时，本次数据未写入；请稍后重新提交", ex);
		}
		this.jdbc.sql("UPDATE fact_revision_counter SET last_revision = :next WHERE id = 1")
			.param("next", last + 1)
			.update();
		return last + 1;
	}

	/**
	 * The source as the column holds it: a label of where the facts came from (e.g. the demo's file names), cut with
	 * an ellipsis where it is longer than the column, so that a long label never refuses an import.
	 */
	static String fitted(String source) {
		if (source == null || source.codePointCount(0, source.length()) <= SOURCE_WIDTH) {
			return source;
		}
		return source.substring(0, source.offsetByCodePoints(0, SOURCE_WIDTH - 1)) + "…";
	}

	public void save(Revision revision) {
		this.jdbc.sql("""
				INSERT INTO fact_revisions (revision, recorded_at, actor, source, payload_hash, counts_json)
				VALUES (:revision, :recordedAt, :actor, :source, :hash, :counts)
				""")
			.param("revision", revision.revision())
			.param("recordedAt", Timestamps.literal(revision.recordedAt()))
			.param("actor", revision.actor())
			.param("source", fitted(revision.source()))
			.param("hash", revision.payloadHash())
			.param("counts", json(revision.counts()))
			.update();
	}

	/** The latest revision; 0 while no import has been recorded (the facts stored before revisions existed). */
	public long latest() {
		return this.jdbc.sql("SELECT last_revision FROM fact_revision_counter WHERE id = 1").query(Long.class).single();
	}

	/** The revision that was the latest at that instant (0 before the first). */
	public long at(Instant instant) {
		return this.jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM fact_revisions WHERE recorded_at <= :at")
			.param("at", Timestamps.literal(instant))
			.query(Long.class)
			.single();
	}

	public Optional<Revision> find(long revision) {
		return this.jdbc.sql("SELECT * FROM fact_revisions WHERE revision = :revision")
			.param("revision", revision)
			.query(mapper())
			.optional();
	}

	/** A page of revisions, newest first. */
	public List<Revision> page(int page, int size) {
		return this.jdbc.sql("SELECT * FROM fact_revisions ORDER BY revision DESC LIMIT :size OFFSET :offset")
			.param("size", size)
			.param("offset", (long) page * size)
			.query(mapper())
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM fact_revisions").query(Long.class).single();
	}

	private RowMapper<Revision> mapper() {
		return (rs, row) -> new Revision(rs.getLong("revision"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getString("actor"), rs.getString("source"), rs.getString("payload_hash"),
				read(rs.getString("counts_json")));
	}

	private String json(Map<String, Revision.Counts> counts) {
		try {
			return this.objectMapper.writeValueAsString(counts);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Revision.Counts> read(String json) {
		try {
			return this.objectMapper.readValue(json, COUNTS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
