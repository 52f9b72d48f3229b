package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.redproperty.evaluation.EvaluationDiff.FactChange;
import org.redproperty.ruleset.RuleInfo;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetDifference;

/**
 * The one Chinese line that says why a change of a diff happened: the fact changes behind it (with the day their
 * revision was recorded), the rule differences (parameters with both values), the change of date, then what
 * changed in the outcome, from the outcome's own texts and values (labels, required and actual). Nothing here
 * knows a scheme.
 */
final class DiffReasons {

	private static final int SHOWN_IDS = 3;

	private final LongFunction<LocalDate> recordedOn;

	DiffReasons(LongFunction<LocalDate> recordedOn) {
		this.recordedOn = recordedOn;
	}

	String of(OutcomeItems.Item item, OutcomeItems.Item before, OutcomeItems.Item after, Attribution.Found found,
			List<FactChange> facts, List<String> rules, RulesetDifference difference, Evaluation a, Evaluation b,
			Ruleset ruleset) {
		List<String> parts = new ArrayList<>();
		if (found.causes().isEmpty()) {
			parts.add("两次评价的事实修订版本、规则集和评价日都相同，差异来自评价范围不同");
		}
		if (found.causes().contains(Cause.FACTS)) {
			parts.add(facts.isEmpty() ? "事实由修订版本 " + a.factsRevision() + " 变为 " + b.factsRevision() : facts(facts));
		}
		if (found.causes().contains(Cause.RULES)) {
			parts.add(rules(rules, difference, a, b));
		}
		if (found.causes().contains(Cause.AS_OF)) {
			parts.add("评价日由 " + a.asOf() + " 改为 " + b.asOf());
		}
		parts.add(outcome(item, before, after, ruleset));
		String line = String.join("，", parts);
		if (found.interaction()) {
			line += "（" + found.causes().stream().map(Cause::label).collect(Collectors.joining("与")) + "同时改变时才出现）";
		}
		return line;
	}

	/** 记录 A-17、A-18 于 2023-11-29 被撤回，记录 A-20 于 2023-11-30 新增. */
	private String facts(List<FactChange> facts) {
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		for (FactChange f : facts) {
			grouped.computeIfAbsent(verb(f.change()) + "|" + this.recordedOn.apply(f.revision()), (k) -> new ArrayList<>())
				.add(f.id());
		}
		List<String> phrases = new ArrayList<>();
		grouped.forEach((key, ids) -> {
			String[] verbAndDay = key.split("\\|");
			String shown = String.join("、", ids.subList(0, Math.min(SHOWN_IDS, ids.size())))
					+ ((ids.size() > SHOWN_IDS) ? " 等 " + ids.size() + " 项" : "");
			String day = "null".equals(verbAndDay[1]) ? "" : " 于 " + verbAndDay[1];
			phrases.add("记录 " + shown + day + " " + verbAndDay[0]);
		});
		return String.join("，", phrases);
	}

	private static String verb(FactChange.Type type) {
		return switch (type) {
			case ADDED -> "新增";
			case CHANGED -> "被修改";
			case RETRACTED -> "被撤回";
		};
	}

	private static String rules(List<String> rules, RulesetDifference difference, Evaluation a, Evaluation b) {
		List<String> phrases = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (String entry : rules) {
			if (entry.startsWith(RulesetDifference.PARAMETER_PREFIX)) {
				RulesetDifference.ParameterChange p = difference
					.parameter(entry.substring(RulesetDifference.PARAMETER_PREFIX.length()));
				if (p != null) {
					phrases.add("参数「" + p.label() + "」（" + p.name() + "）由 " + shown(p.before()) + " 改为 "
							+ shown(p.after()));
				}
			}
			else if (!entry.startsWith(Attribution.REQUIRES_PREFIX) && !difference.files().contains(entry)) {
				codes.add(entry);
			}
		}
		if (phrases.isEmpty() && !codes.isEmpty()) {
			phrases.add("规则 " + String.join("、", codes) + " 有改动");
		}
		List<String> required = rules.stream().filter((entry) -> entry.startsWith(Attribution.REQUIRES_PREFIX)).toList();
		if (phrases.isEmpty() && !a.ruleset().hash().equals(b.ruleset().hash())) {
			phrases.add("规则集由 " + a.ruleset().year() + " 年度版本 " + abbreviated(a.ruleset().hash()) + " 换为 "
					+ b.ruleset().year() + " 年度版本 " + abbreviated(b.ruleset().hash()) + "（改动的文件："
					+ String.join("、", difference.files()) + "）");
		}
		for (String entry : required) {
			String key = entry.substring(Attribution.REQUIRES_PREFIX.length());
			phrases.add("所需的规则集 " + key + " 由版本 " + hashOf(a, key) + " 换为 " + hashOf(b, key));
		}
		return String.join("，", phrases);
	}

	private static String outcome(OutcomeItems.Item item, OutcomeItems.Item before, OutcomeItems.Item after,
			Ruleset ruleset) {
		JsonNode old = (before != null) ? before.json() : null;
		JsonNode now = (after != null) ? after.json() : null;
		String name = name(item, ruleset);
		return switch (item.kind()) {
			case STATUS -> "状态由「" + text(old, "status") + "」变为「" + text(now, "status") + "」";
			case RANK -> "名次由" + place(old) + "变为" + place(now);
			case GATE -> gate(name, old, now);
			case LINE -> (old == null) ? name + "新得 " + text(now, "points") + " 分"
					: (now == null) ? name + "不再得分（原 " + text(old, "points") + " 分）"
							: name + "得分由 " + text(old, "points") + " 变为 " + text(now, "points");
			case FINDING -> (old == null) ? "新增提示 " + name + "：" + text(now, "message")
					: (now == null) ? "不再提示 " + name + "：" + text(old, "message")
							: "提示 " + name + " 由「" + text(old, "message") + "」变为「" + text(now, "message") + "」";
			case AWARD -> ((old == null) ? "新获荣誉「" : "不再获得荣誉「") + text((now != null) ? now : old, "name") + "」（"
					+ text((now != null) ? now : old, "holder") + "）";
			case DEDUCTION -> (old == null) ? name + "新拟扣信用分 " + text(now, "points")
					: (now == null) ? name + "不再拟扣信用分（原 " + text(old, "points") + "）"
							: name + "拟扣信用分由 " + text(old, "points") + " 变为 " + text(now, "points");
		};
	}

	/** 门槛 HQ-ACT-MIN（…）：实际由 50 变为 49（要求 50），由通过变为未通过. */
	private static String gate(String name, JsonNode old, JsonNode now) {
		if (old == null) {
			return "新增门槛 " + name + "：" + text(now, "reason");
		}
		if (now == null) {
			return "不再评定门槛 " + name + "（原为：" + text(old, "reason") + "）";
		}
		List<String> parts = new ArrayList<>();
		String actual = "实际" + change(old, now, "actual");
		String required = change(old, now, "required");
		parts.add(actual + (required.startsWith("由") ? "，要求" + required : "（要求 " + text(now, "required") + "）"));
		boolean was = old.path("passed").asBoolean();
		boolean is = now.path("passed").asBoolean();
		if (was != is) {
			parts.add(was ? "由通过变为未通过" : "由未通过变为通过");
		}
		else {
			parts.add(is ? "仍通过" : "仍未通过");
		}
		return "门槛 " + name + "：" + String.join("，", parts);
	}

	private static String change(JsonNode old, JsonNode now, String field) {
		String a = text(old, field);
		String b = text(now, field);
		return a.equals(b) ? " " + b : "由 " + a + " 变为 " + b;
	}

	private static String name(OutcomeItems.Item item, Ruleset ruleset) {
		if (item.code() == null) {
			return "";
		}
		String title = ruleset.rules().stream()
			.filter((r) -> item.code().equals(r.code()))
			.map(RuleInfo::title)
			.findFirst()
			.orElse(null);
		String records = item.evidence().isEmpty() || item.kind() == EvaluationDiff.ChangeKind.GATE ? ""
				: "，记录 " + String.join("、", item.evidence());
		return item.code() + ((title != null) ? "（" + title + records + "）" : records.isEmpty() ? "" : "（" + records.substring(1) + "）");
	}

	private static String place(JsonNode rank) {
		return (rank == null) ? "未排名" : "第 " + rank.path("rank").asText() + " 名";
	}

	private static String text(JsonNode node, String field) {
		if (node == null || node.path(field).isNull() || node.path(field).isMissingNode()) {
			return "无";
		}
		JsonNode value = node.get(field);
		return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
	}

	private static String shown(String value) {
		return (value != null) ? value : "（无）";
	}

	/** The abbreviated hash of a required ruleset the evaluation used, 无 if it used none of that key. */
	private static String hashOf(Evaluation evaluation, String key) {
		return evaluation.requiredRulesets().stream()
			.filter((r) -> r.key().toString().equals(key))
			.map((r) -> abbreviated(r.hash()))
			.findFirst()
			.orElse("（无）");
	}

	private static String abbreviated(String hash) {
		return hash.substring(0, Math.min(12, hash.length()));
	}

}
