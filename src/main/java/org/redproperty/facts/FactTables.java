package org.redproperty.facts;

import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.redproperty.common.Timestamps;

import org.springframework.data.jdbc.core.convert.EntityRowMapper;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fact tables with their history (V9__create_fact_revisions): a kind's table holds the current version of each
 * fact, its {@code _history} table the versions a later revision closed, with the same columns and
 * {@code retired_revision}. Facts as known at revision R are the current rows recorded at or before R and the
 * closed versions recorded at or before R and closed after it.
 */
@Component
class FactTables {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JdbcConverter converter;

	private final Map<FactKind, String> columns = new ConcurrentHashMap<>();

	FactTables(JdbcClient jdbc, JdbcTemplate template, JdbcConverter converter) {
		this.jdbc = jdbc;
		this.template = template;
		this.converter = converter;
	}

	/** Moves the current versions of the facts to the history, closed by the revision. */
	void retire(FactKind kind, Collection<String> ids, long revision) {
		String columns = columns(kind);
		chunked(ids, (chunk) -> this.jdbc.sql("INSERT INTO " + kind.table() + "_history (" + columns
				+ ", retired_revision) SELECT " + columns + ", :revision FROM " + kind.table() + " WHERE id IN (:ids)")
			.param("revision", revision)
			.param("ids", chunk)
			.update());
	}

	/** Deletes the current versions (after {@link #retire}): the facts are retracted. */
	void delete(FactKind kind, Collection<String> ids) {
		chunked(ids, (chunk) -> this.jdbc.sql("DELETE FROM " + kind.table() + " WHERE id IN (:ids)")
			.param("ids", chunk)
			.update());
	}

	/** Marks the current versions of the facts as recorded by the revision at that time. */
	void stamp(FactKind kind, Collection<String> ids, long revision, Instant recordedAt) {
		chunked(ids, (chunk) -> this.jdbc
			.sql("UPDATE " + kind.table() + " SET revision = :revision, recorded_at = :recordedAt WHERE id IN (:ids)")
			.param("revision", revision)
			.param("recordedAt", Timestamps.literal(recordedAt))
			.param("ids", chunk)
			.update());
	}

	/** Which of the ids have a closed version but no current one: facts that were retracted. */
	Set<String> retracted(FactKind kind, Collection<String> ids) {
		Set<String> found = new HashSet<>();
		chunked(ids, (chunk) -> found.addAll(this.jdbc.sql("SELECT DISTINCT h.id FROM " + kind.table()
				+ "_history h WHERE h.id IN (:ids) AND NOT EXISTS (SELECT 1 FROM " + kind.table()
				+ " c WHERE c.id = h.id)")
			.param("ids", chunk)
			.query(String.class)
			.list()));
		return found;
	}

	/** The ids of current facts of the kind whose property is one of the values. */
	List<String> idsWhere(FactKind kind, String property, Collection<String> values) {
		List<String> found = new ArrayList<>();
		chunked(values, (chunk) -> found.addAll(this.jdbc
			.sql("SELECT id FROM " + kind.table() + " WHERE " + column(kind, property) + " IN (:values)")
			.param("values", chunk)
			.query(String.class)
			.list()));
		return found;
	}

	/**
	 * The current facts of the type whose property is one of the values: one plain SELECT per chunk with the kind's
	 * columns (built once) and Spring Data's entity mapper, without Spring Data building the query each time.
	 */
	<T extends Fact> List<T> where(Class<T> type, String property, Collection<String> values) {
		FactKind kind = FactKind.of(type);
		String sql = "SELECT " + columns(kind) + " FROM " + kind.table() + " WHERE " + column(kind, property)
				+ " IN (:values)";
		RowMapper<T> mapper = mapper(type);
		List<T> found = new ArrayList<>();
		chunked(values, (chunk) -> found.addAll(this.jdbc.sql(sql).param("values", chunk).query(mapper).list()));
		return found;
	}

	/** The facts of the type whose property is one of the values, as known at the revision. */
	<T extends Fact> List<T> whereAt(Class<T> type, String property, Collection<String> values, long revision) {
		FactKind kind = FactKind.of(type);
		String columns = columns(kind);
		String column = column(kind, property);
		RowMapper<T> mapper = mapper(type);
		List<T> found = new ArrayList<>();
		chunked(values, (chunk) -> found.addAll(this.jdbc.sql("SELECT " + columns + " FROM " + kind.table()
				+ " WHERE revision <= :revision AND " + column + " IN (:values) UNION ALL SELECT " + columns + " FROM "
				+ kind.table() + "_history WHERE revision <= :revision AND retired_revision > :revision AND "
				+ column + " IN (:values)")
			.param("revision", revision)
			.param("values", chunk)
			.query(mapper)
			.list()));
		return found;
	}

	/** Every version of one fact, oldest first, each with the revision that closed it (null for the current one). */
	<T extends Fact> List<Version<T>> versions(Class<T> type, String id) {
		FactKind kind = FactKind.of(type);
		String columns = columns(kind);
		RowMapper<T> mapper = mapper(type);
		return this.jdbc.sql("SELECT " + columns + ", retired_revision FROM " + kind.table()
				+ "_history WHERE id = :id UNION ALL SELECT " + columns + ", NULL FROM " + kind.table()
				+ " WHERE id = :id ORDER BY revision")
			.param("id", id)
			.query((rs, row) -> new Version<>(mapper.mapRow(rs, row), rs.getObject("retired_revision", Long.class)))
			.list();
	}

	/** A version of a fact and the revision that closed it, null while it is current. */
	record Version<T extends Fact>(T fact, Long retiredBy) {
	}

	private <T extends Fact> RowMapper<T> mapper(Class<T> type) {
		@SuppressWarnings("unchecked")
		RelationalPersistentEntity<T> entity = (RelationalPersistentEntity<T>) this.converter.getMappingContext()
			.getRequiredPersistentEntity(type);
		return new EntityRowMapper<>(entity, this.converter);
	}

	private String column(FactKind kind, String property) {
		return this.converter.getMappingContext()
			.getRequiredPersistentEntity(kind.type())
			.getRequiredPersistentProperty(property)
			.getColumnName()
			.getReference();
	}

	/** The columns of the kind's table, in their order, as the database reports them. */
	private String columns(FactKind kind) {
		return this.columns.computeIfAbsent(kind, (k) -> this.template
			.query("SELECT * FROM " + k.table() + " WHERE 1 = 0", (rs) -> {
				ResultSetMetaData meta = rs.getMetaData();
				Set<String> names = new LinkedHashSet<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
				}
				return String.join(", ", names);
			}));
	}

	private static void chunked(Collection<String> values, java.util.function.Consumer<List<String>> action) {
		List<String> list = List.copyOf(new LinkedHashSet<>(values));
		for (int from = 0; from < list.size(); from += CHUNK) {
			action.accept(list.subList(from, Math.min(from + CHUNK, list.size())));
		}
	}

}
