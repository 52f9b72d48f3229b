package org.redproperty.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the {@code "retract": {"activities": ["A-1", …]}} part of a dataset, in the row-error style of
 * {@link DatasetValidator}: each id must name a current fact of its kind (not an unknown or already retracted
 * one), must not also be sent as a row, and no current fact that stays may refer to it.
 */
final class RetractionCheck {

	static final String KEY = "retract";

	private final BiFunction<FactKind, Collection<String>, Set<String>> storedIds;

	private final Lookup lookup;

	RetractionCheck(BiFunction<FactKind, Collection<String>, Set<String>> storedIds, Lookup lookup) {
		this.storedIds = storedIds;
		this.lookup = lookup;
	}

	/** What a retraction needs to know of the stored facts besides which ids are current. */
	interface Lookup {

		Lookup NONE = new Lookup() {
			@Override
			public Set<String> retracted(FactKind kind, Collection<String> ids) {
				return Set.of();
			}

			@Override
			public List<String> referencing(FactKind kind, String property, Collection<String> ids) {
				return List.of();
			}
		};

		/** Which of the ids were facts of the kind and have been retracted. */
		Set<String> retracted(FactKind kind, Collection<String> ids);

		/** The ids of current facts of the kind whose property names one of the ids. */
		List<String> referencing(FactKind kind, String property, Collection<String> ids);

	}

	/** The ids to retract by kind, as sent (only meaningful when the dataset has no problem). */
	static Map<FactKind, List<String>> read(JsonNode root) {
		Map<FactKind, List<String>> retract = new EnumMap<>(FactKind.class);
		JsonNode node = (root != null) ? root.get(KEY) : null;
		if (node != null && node.isObject()) {
			node.fields().forEachRemaining((entry) -> {
				FactKind kind = FactKind.byKey(entry.getKey());
				if (kind != null && entry.getValue().isArray()) {
					List<String> ids = new ArrayList<>();
					entry.getValue().forEach((id) -> ids.add(id.asText()));
					retract.put(kind, ids);
				}
			});
		}
		return retract;
	}

	/**
	 * Checks the retractions against the rows of the payload and the stored facts; answers the valid ids to
	 * retract, by kind, which references of the payload may no longer point to.
	 */
	Map<FactKind, Set<String>> check(JsonNode node, Map<FactKind, Set<String>> payloadIds, List<ImportProblem> problems) {
		Map<FactKind, Set<String>> retracted = new EnumMap<>(FactKind.class);
		if (!node.isObject()) {
			problems.add(new ImportProblem(KEY, null, null, null, RowCode.NOT_AN_OBJECT.name(),
					"「retract」必须是对象，按事实类型列出要撤回的编号，例如 {\"activities\": [\"A-1\"]}"));
			return retracted;
		}
		for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext();) {
			Map.Entry<String, JsonNode> entry = entries.next();
			FactKind kind = FactKind.byKey(entry.getKey());
			if (kind == null) {
				problems.add(new ImportProblem(KEY, null, null, entry.getKey(), RowCode.UNKNOWN_KIND.name(),
						"「retract」中未知的事实类型「" + entry.getKey() + "」"));
			}
			else if (!entry.getValue().isArray()) {
				problems.add(new ImportProblem(KEY, null, null, kind.key(), RowCode.NOT_A_LIST.name(),
						"「retract." + kind.key() + "」必须是编号数组"));
			}
			else {
				retracted.put(kind, ids(kind, entry.getValue(), payloadIds.getOrDefault(kind, Set.of()), problems));
			}
		}
		retracted.forEach((kind, ids) -> orphans(kind, ids, retracted, problems));
		return retracted;
	}

	private Set<String> ids(FactKind kind, JsonNode list, Set<String> sent, List<ImportProblem> problems) {
		Set<String> ids = new LinkedHashSet<>();
		List<String> all = new ArrayList<>();
		list.forEach((id) -> all.add(id.isTextual() ? id.asText() : null));
		Set<String> current = this.storedIds.apply(kind, all.stream().filter((id) -> id != null).toList());
		Set<String> gone = this.lookup.retracted(kind, all.stream().filter((id) -> id != null).toList());
		for (int index = 0; index < all.size(); index++) {
			String id = all.get(index);
			String what = "撤回的" + Messages.kindName(kind) + "「" + id + "」";
			if (id == null) {
				problem(problems, kind, index, null, RowCode.INVALID_TYPE.name(), "「retract." + kind.key() + "」的每一项必须是编号文本");
			}
			else if (!ids.add(id)) {
				problem(problems, kind, index, id, RowCode.DUPLICATE_ID.name(), what + "重复出现");
			}
			else if (sent.contains(id)) {
				problem(problems, kind, index, id, RowCode.RETRACTED_AND_SENT.name(), what + "同时出现在本次数据中，不能既写入又撤回");
			}
			else if (gone.contains(id)) {
				problem(problems, kind, index, id, RowCode.ALREADY_RETRACTED.name(), what + "已被撤回过");
			}
			else if (!current.contains(id)) {
				problem(problems, kind, index, id, RowCode.UNKNOWN_RETRACTION.name(), what + "不存在");
			}
		}
		ids.retainAll(current);
		return ids;
	}

	/** A retracted fact must not leave a current fact referring to it, unless that fact is retracted too. */
	private void orphans(FactKind target, Set<String> ids, Map<FactKind, Set<String>> retracted,
			List<ImportProblem> problems) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, List<String>> referrers = new java.util.TreeMap<>();
		FieldSpec.SCHEMA.forEach((kind, fields) -> fields.stream()
			.filter((field) -> field.type() == FieldSpec.Type.REFERENCE && field.target() == target)
			.forEach((field) -> this.lookup.referencing(kind, field.name(), ids)
				.stream()
				.filter((id) -> !retracted.getOrDefault(kind, Set.of()).contains(id))
				.forEach((id) -> referrers.computeIfAbsent(kind.key(), (k) -> new ArrayList<>()).add(id))));
		if (!referrers.isEmpty()) {
			Set<String> named = new HashSet<>(ids);
			problems.add(new ImportProblem(KEY, null, null, target.key(), RowCode.RETRACTION_ORPHANS.name(),
					"撤回" + Messages.kindName(target) + named + "后，仍有记录引用它们：" + referrers
							+ "；请一并撤回或改为引用其他记录"));
		}
	}

	private static void problem(List<ImportProblem> problems, FactKind kind, int index, String id, String code,
			String message) {
		problems.add(new ImportProblem(KEY, index, id, kind.key(), code, message));
	}

}
