package org.redproperty.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redproperty.common.Timestamps;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactActor;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.Revision;
import org.redproperty.facts.Revisions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated facts straight into the fact tables with JDBC batch inserts, a transaction per chunk, as one
 * revision.
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

	private final Revisions revisions;

	private final FactActor actor;

	BulkFactWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Revisions revisions,
			FactActor actor) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.revisions = revisions;
		this.actor = actor;
	}

	/**
	 * Writes the facts kind by kind, in the order of {@link FactKind}, as one revision of new facts; answers how
	 * many rows of each kind. The revision's number is taken first (a short transaction on the counter, so API
	 * imports are not held up for the whole bulk write); its record, with the SHA-256 of the rows written, is
	 * stored after the last chunk.
	 */
	Map<FactKind, Integer> write(Dataset dataset) {
		Long revision = this.transaction.execute((status) -> this.revisions.next());
		Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String timestamp = Timestamps.literal(recordedAt);
		MessageDigest digest = sha256();
		Map<FactKind, Integer> written = new EnumMap<>(FactKind.class);
		Map<String, Revision.Counts> counts = new LinkedHashMap<>();
		for (FactKind kind : FactKind.values()) {
			List<? extends Fact> facts = kind.of(dataset);
			FactRows rows = FactRows.of(kind);
			for (int from = 0; from < facts.size(); from += CHUNK) {
				List<Object[]> chunk = new ArrayList<>(CHUNK);
				facts.subList(from, Math.min(from + CHUNK, facts.size())).forEach((fact) -> {
					Object[] own = rows.parameters().apply(fact);
					digest.update(Arrays.deepToString(own).getBytes(StandardCharsets.UTF_8));
					Object[] row = Arrays.copyOf(own, own.length + 2);
					row[own.length] = revision;
					// When the fact says when it was entered (generated records are entered through the year), that time.
					row[own.length + 1] = (fact.recordedAt() != null) ? Timestamps.literal(fact.recordedAt()) : timestamp;
					chunk.add(row);
				});
				this.transaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(rows.sql(), chunk));
			}
			written.put(kind, facts.size());
			if (!facts.isEmpty()) {
				counts.put(kind.key(), new Revision.Counts(facts.size(), 0, 0));
			}
		}
		Revision recorded = new Revision(revision, recordedAt, this.actor.get(), "generator",
				HexFormat.of().formatHex(digest.digest()), counts);
		this.transaction.executeWithoutResult((status) -> this.revisions.save(recorded));
		return written;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Deletes every fact whose id starts with the prefix, with its history, kinds that refer to others first, in
	 * chunks: a purge of generated data (for benchmarks), not a retraction, so it records no revision.
	 */
	Map<FactKind, Integer> deleteAll(String idPrefix) {
		Map<FactKind, Integer> deleted = new EnumMap<>(FactKind.class);
		List<FactKind> kinds = new ArrayList<>(List.of(FactKind.values()));
		Collections.reverse(kinds);
		for (FactKind kind : kinds) {
			this.transaction.executeWithoutResult((status) -> this.jdbc
				.update("DELETE FROM " + kind.table() + "_history WHERE id LIKE ?", idPrefix + "%"));
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
