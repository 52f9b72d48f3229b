package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.evaluation.EvaluationDiff.ChangeKind;

/**
 * An outcome as the things a diff compares, by key: its status, its rank, each gate (by code), each score line
 * (by code and records), each finding (by code and records), award and proposed deduction. Two items of one key
 * differ when what they say differs: a gate's result, required or actual value, a line's points, a finding's
 * message, a deduction's points.
 */
final class OutcomeItems {

	private final Map<String, Item> items = new LinkedHashMap<>();

	private OutcomeItems() {
	}

	static OutcomeItems of(Evaluation e, ObjectMapper json) {
		return of(e.status(), e.statusReason(), e.rank(), e.lines(), e.gates(), e.findings(), e.creditDeductions(),
				e.awards(), json);
	}

	static OutcomeItems of(RuleOutcome o, ObjectMapper json) {
		return of(o.status().value(), o.status().reason(), o.rank(), o.lines(), o.gates(), o.findings(),
				o.creditDeductions(), o.awards(), json);
	}

	private static OutcomeItems of(String status, String statusReason, Integer rank, List<ScoreLine> lines,
			List<GateResult> gates, List<Finding> findings, List<ProposedDeduction> deductions, List<Award> awards,
			ObjectMapper json) {
		OutcomeItems items = new OutcomeItems();
		items.put(ChangeKind.STATUS, null, "", status, json.createObjectNode().put("status", status)
			.put("reason", statusReason), List.of());
		if (rank != null) {
			items.put(ChangeKind.RANK, null, "", String.valueOf(rank), json.createObjectNode().put("rank", rank),
					List.of());
		}
		for (GateResult g : gates) {
			items.put(ChangeKind.GATE, g.code(), "", g.passed() + " " + plain(g.required()) + " " + plain(g.actual()),
					json.valueToTree(g), g.evidence());
		}
		Map<String, List<ScoreLine>> byKey = new LinkedHashMap<>();
		lines.forEach((l) -> byKey.computeIfAbsent(l.code() + "|" + l.evidence(), (k) -> new ArrayList<>()).add(l));
		byKey.forEach((key, same) -> {
			ScoreLine first = same.get(0);
			BigDecimal points = same.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
			ScoreLine line = new ScoreLine(first.subjectId(), first.code(), points, first.reason(), first.evidence(),
					first.clause());
			items.put(ChangeKind.LINE, first.code(), String.valueOf(first.evidence()), plain(points),
					json.valueToTree(line), first.evidence());
		});
		for (Finding f : findings) {
			items.put(ChangeKind.FINDING, f.code(), String.valueOf(f.evidence()), f.severity() + " " + f.message(),
					json.valueToTree(f), f.evidence());
		}
		for (ProposedDeduction d : deductions) {
			items.put(ChangeKind.DEDUCTION, d.code(), d.companyId() + "|" + d.evidence(), plain(d.points()),
					json.valueToTree(d), d.evidence());
		}
		for (Award a : awards) {
			items.put(ChangeKind.AWARD, a.code(), a.name() + "|" + a.holder(), "", json.valueToTree(a), List.of());
		}
		return items;
	}

	private void put(ChangeKind kind, String code, String discriminator, String value, JsonNode json,
			List<String> evidence) {
		this.items.putIfAbsent(kind + "|" + code + "|" + discriminator, new Item(kind, code, value, json, evidence));
	}

	Item get(String key) {
		return this.items.get(key);
	}

	/** The keys whose item differs between the two, or is in one only, in the order of kinds, then codes. */
	static List<String> differing(OutcomeItems before, OutcomeItems after) {
		Set<String> keys = new TreeSet<>((a, b) -> {
			int kind = ChangeKind.valueOf(a.substring(0, a.indexOf('|')))
				.compareTo(ChangeKind.valueOf(b.substring(0, b.indexOf('|'))));
			return (kind != 0) ? kind : a.compareTo(b);
		});
		keys.addAll(before.items.keySet());
		keys.addAll(after.items.keySet());
		return keys.stream().filter((key) -> !same(before.get(key), after.get(key))).toList();
	}

	/** Whether the two say the same, both being absent included. */
	static boolean same(Item a, Item b) {
		return (a == null || b == null) ? a == b : Objects.equals(a.value(), b.value());
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
	}

	/** One thing of an outcome: its kind and rule code, what it says (to compare), as listed, and its records. */
	record Item(ChangeKind kind, String code, String value, JsonNode json, List<String> evidence) {
	}

}
