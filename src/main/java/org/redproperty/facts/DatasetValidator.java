package org.redproperty.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks an imported dataset row by row against {@link FieldSpec#SCHEMA} and reports every problem, not just the
 * first. References may point to a row of the same payload or to a stored fact.
 * <p>
 * Ids are compared as the database compares them. MariaDB's and MySQL's default collations ignore case and
 * trailing spaces, so {@code ZD5-D} and {@code ZD5-d} would be one row there and two on H2: such ids are refused
 * ({@code ID_COLLISION}, {@code INVALID_ID}) rather than made binary in the schema, because an id is a code people
 * type and two that differ only in case are almost always the same subject typed twice, the refusal is the same on
 * both databases, and it needs no change to the fact tables.
 */
final class DatasetValidator {

	/**
	 * The top-level keys that are not fact kinds (each checked by its own code): a known-keys list kept in this one
	 * place, so that a new section of the import format is added here and nowhere else.
	 */
	static final Set<String> OTHER_SECTIONS = Set.of(RetractionCheck.KEY);

	private final BiFunction<FactKind, Collection<String>, Set<String>> storedIds;

	private final RetractionCheck retractions;

	/** @param storedIds which of the given ids of a kind are stored, as the database compares them */
	DatasetValidator(BiFunction<FactKind, Collection<String>, Set<String>> storedIds) {
		this(storedIds, RetractionCheck.Lookup.NONE);
	}

	/**
	 * @param storedIds which of the given ids of a kind are stored (current), as the database compares them
	 * @param retractions what a retraction needs to know of the stored facts
	 */
	DatasetValidator(BiFunction<FactKind, Collection<String>, Set<String>> storedIds,
			RetractionCheck.Lookup retractions) {
		this.storedIds = storedIds;
		this.retractions = new RetractionCheck(storedIds, retractions);
	}

	List<ImportProblem> validate(JsonNode root) {
		List<ImportProblem> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			problems.add(new ImportProblem(null, null, null, null, RowCode.NOT_AN_OBJECT.name(),
					"数据集必须是一个 JSON 对象，按事实类型分组"));
			return problems;
		}
		Map<FactKind, Map<String, RowCheck.Row>> payloadIds = new EnumMap<>(FactKind.class);
		List<RowCheck.Reference> references = new ArrayList<>();
		for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
			String key = keys.next();
			FactKind kind = FactKind.byKey(key);
			if (OTHER_SECTIONS.contains(key)) {
				continue;
			}
			if (kind == null) {
				problems.add(new ImportProblem(key, null, null, null, RowCode.UNKNOWN_KIND.name(), "未知的事实类型「" + key
						+ "」，可用的类型：" + Arrays.stream(FactKind.values()).map(FactKind::key).toList()));
			}
			else if (!root.get(key).isArray()) {
				problems.add(new ImportProblem(key, null, null, null, RowCode.NOT_A_LIST.name(), "「" + key + "」必须是数组"));
			}
			else {
				Map<String, RowCheck.Row> ids = payloadIds.computeIfAbsent(kind, (k) -> new LinkedHashMap<>());
				Map<String, RowCheck.Row> keysSeen = new HashMap<>();
				int index = 0;
				for (JsonNode row : root.get(key)) {
					RowCheck.Row checked = new RowCheck(kind, index++, row, problems, references).run();
					if (checked != null) {
						distinct(checked, ids, keysSeen, problems);
					}
				}
			}
		}
		payloadIds.forEach((kind, ids) -> collisionsWithStored(kind, ids, problems));
		Map<FactKind, Set<String>> sent = new EnumMap<>(FactKind.class);
		payloadIds.forEach((kind, ids) -> sent.put(kind, ids.keySet()));
		Map<FactKind, Set<String>> retracted = root.has(RetractionCheck.KEY)
				? this.retractions.check(root.get(RetractionCheck.KEY), sent, problems) : Map.of();
		checkReferences(references, payloadIds, retracted, problems);
		return problems;
	}

	/** The row's id is new in this payload, exactly and as the database compares ids. */
	private static void distinct(RowCheck.Row row, Map<String, RowCheck.Row> ids, Map<String, RowCheck.Row> keys,
			List<ImportProblem> problems) {
		if (ids.containsKey(row.id())) {
			problems.add(row.problem("id", RowCode.DUPLICATE_ID,
					"编号「" + row.id() + "」在本次数据的" + Messages.kindName(row.kind()) + "中重复出现"));
			return;
		}
		RowCheck.Row same = keys.putIfAbsent(comparable(row.id()), row);
		if (same != null) {
			problems.add(row.problem("id", RowCode.ID_COLLISION, "编号「" + row.id() + "」与本次数据中的「" + same.id()
					+ "」只差大小写，MariaDB 等数据库会把它们当作同一编号"));
			return;
		}
		ids.put(row.id(), row);
	}

	/** A stored id the database finds for a payload id, but spelt differently, is the same row to it. */
	private void collisionsWithStored(FactKind kind, Map<String, RowCheck.Row> ids, List<ImportProblem> problems) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, RowCheck.Row> byComparable = new HashMap<>();
		ids.values().forEach((row) -> byComparable.put(comparable(row.id()), row));
		for (String stored : this.storedIds.apply(kind, ids.keySet())) {
			if (!ids.containsKey(stored)) {
				RowCheck.Row row = byComparable.get(comparable(stored));
				String message = "已存的" + Messages.kindName(kind) + "「" + stored + "」与本次数据中的编号"
						+ ((row != null) ? "「" + row.id() + "」" : "") + "只差大小写等，数据库会把它们当作同一编号";
				problems.add((row != null) ? row.problem("id", RowCode.ID_COLLISION, message)
						: new ImportProblem(kind.key(), null, null, "id", RowCode.ID_COLLISION.name(), message));
			}
		}
	}

	/** An id as a case- and accent-insensitive collation compares it. */
	private static String comparable(String id) {
		return Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
	}

	private void checkReferences(List<RowCheck.Reference> references, Map<FactKind, Map<String, RowCheck.Row>> payloadIds,
			Map<FactKind, Set<String>> retracted, List<ImportProblem> problems) {
		Map<FactKind, Set<String>> wanted = new EnumMap<>(FactKind.class);
		for (RowCheck.Reference ref : references) {
			if (!payloadIds.getOrDefault(ref.target(), Map.of()).containsKey(ref.value())) {
				wanted.computeIfAbsent(ref.target(), (k) -> new java.util.HashSet<>()).add(ref.value());
			}
		}
		Map<FactKind, Set<String>> stored = new HashMap<>();
		wanted.forEach((kind, ids) -> stored.put(kind, this.storedIds.apply(kind, ids)));
		for (RowCheck.Reference ref : references) {
			boolean found = payloadIds.getOrDefault(ref.target(), Map.of()).containsKey(ref.value())
					|| (stored.getOrDefault(ref.target(), Set.of()).contains(ref.value())
							&& !retracted.getOrDefault(ref.target(), Set.of()).contains(ref.value()));
			if (!found) {
				problems.add(ref.row().problem(ref.field(), RowCode.DANGLING_REFERENCE, "引用的" + Messages.kindName(ref.target())
						+ "「" + ref.value() + "」不存在（本次数据和已存数据中都没有）"));
			}
		}
	}

}
