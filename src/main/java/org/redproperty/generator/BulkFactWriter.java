package org.redproperty.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated facts straight into the fact tables with JDBC batch inserts, a transaction per chunk.
 * <p>
 * This bulk path bypasses the per-row validation of {@code DatasetService} on purpose: checking millions of rows
 * one by one (and looking every reference up) would take longer than writing them, and the generator only makes
 * valid facts, which {@code GeneratedDatasetValidationTests} proves by validating a generated province. With MySQL
 * Connector/J the batches become multi-row inserts only with {@code rewriteBatchedStatements=true} (set in
 * {@code application-mysql.properties}).
 */
@Component
class BulkFactWriter {

	static final int CHUNK = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	BulkFactWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Writes the facts kind by kind, in the order of {@link FactKind}; answers how many rows of each kind. */
	Map<FactKind, Integer> write(Dataset dataset) {
		Map<FactKind, Integer> written = new EnumMap<>(FactKind.class);
		for (FactKind kind : FactKind.values()) {
			List<? extends Fact> facts = kind.of(dataset);
			FactRows rows = FactRows.of(kind);
			for (int from = 0; from < facts.size(); from += CHUNK) {
				List<Object[]> chunk = new ArrayList<>(CHUNK);
				facts.subList(from, Math.min(from + CHUNK, facts.size()))
					.forEach((fact) -> chunk.add(rows.parameters().apply(fact)));
				this.transaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(rows.sql(), chunk));
			}
			written.put(kind, facts.size());
		}
		return written;
	}

	/** Deletes every fact whose id starts with the prefix, kinds that refer to others first, in chunks. */
	Map<FactKind, Integer> deleteAll(String idPrefix) {
		Map<FactKind, Integer> deleted = new EnumMap<>(FactKind.class);
		List<FactKind> kinds = new ArrayList<>(List.of(FactKind.values()));
		Collections.reverse(kinds);
		for (FactKind kind : kinds) {
			String sql = "DELETE FROM " + kind.table() + " WHERE id LIKE ? LIMIT " + CHUNK * 10;
			int total = 0;
			int count;
			do {
				Integer n = this.transaction.execute((status) -> this.jdbc.update(sql, idPrefix + "%"));
				count = (n != null) ? n : 0;
				total += count;
			}
			while (count > 0);
			deleted.put(kind, total);
		}
		return deleted;
	}

}
