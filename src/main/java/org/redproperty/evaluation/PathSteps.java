package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.redproperty.facts.Fact;
import org.redproperty.ruleset.Remedies;
import org.redproperty.ruleset.Remedy;
import org.redproperty.ruleset.RecordFields;
import org.redproperty.ruleset.Ruleset;

/**
 * The steps of one path, each made by its remedy on the hypothetical facts: {@code records} (fix, then add),
 * {@code change}, {@code add}, {@code raise} and {@code blocker}; a gate without a remedy is a blocker. A
 * {@code raise} is found by bisection on the share of the way to {@code max}, checked by evaluating.
 */
final class PathSteps {

	private static final int BISECTIONS = 14;

	private final PathFinder finder;

	private final Ruleset ruleset;

	private final Scope scope;

	private final Subject subject;

	private final Remedies remedies;

	private final RemedyValues values;

	private final boolean windowClosed;

	private final LocalDate windowEnd;

	private final Map<String, List<String>> addedIds = new LinkedHashMap<>();

	private final List<RecordsStep> records = new ArrayList<>();

	PathSteps(PathFinder finder, Ruleset ruleset, Scope scope, Subject subject, boolean windowClosed,
			LocalDate windowEnd) {
		this.finder = finder;
		this.ruleset = ruleset;
		this.scope = scope;
		this.subject = subject;
		this.remedies = ruleset.manifest().remedies();
		this.values = new RemedyValues(ruleset, subject);
		this.windowClosed = windowClosed;
		this.windowEnd = windowEnd;
	}

	PathPlan.Step gate(GateResult gate, RuleOutcome now, Hypothesis facts) {
		Remedy remedy = this.remedies.gate(gate.code()).orElse(null);
		if (remedy == null) {
			return blocked(gate, null, "规则集没有声明门槛 " + gate.code() + " 的补正办法：" + gate.reason());
		}
		return switch (remedy.way()) {
			case BLOCKER, FIX -> blocked(gate, remedy.action(), remedy.action() + "：" + gate.reason());
			case RECORDS -> records(gate, remedy, now, facts);
			case CHANGE -> change(gate, remedy, facts);
			case ADD -> {
				String id = newId(gate.code(), 1);
				facts.add(remedy.kind(), this.values.record(remedy.kind(), id, remedy.values(), 1, null));
				this.addedIds.computeIfAbsent(remedy.kind(), (k) -> new ArrayList<>()).add(id);
				yield step(gate, remedy.action(), List.of(), List.of(), List.of(added(remedy.kind(), id, facts)), true,
						"新增一项 " + remedy.kind() + " 记录 " + id);
			}
			case RAISE -> raise(gate, remedy, facts, (h) -> passes(h, gate.code()), null);
		};
	}

	private boolean passes(Hypothesis facts, String code) {
		GateResult gate = this.finder.outcome(this.ruleset, this.scope, this.subject, facts.dataset()).gate(code);
		return gate != null && gate.passed();
	}

	/** A rank that falls short of the places earning {@code target}: the score has to pass the last of them. */
	PathPlan.Step rank(Rank rank, Remedy remedy, String target, Hypothesis facts) {
		int places = this.ruleset.parameters().integer(remedy.places());
		List<SubjectResult> all = this.finder.outcomes(this.ruleset, this.scope, this.subject, facts.dataset());
		BigDecimal own = BigDecimal.ZERO;
		List<BigDecimal> others = new ArrayList<>();
		for (SubjectResult result : all) {
			if (result.succeeded() && result.outcome().ranks().stream().anyMatch((r) -> r.code().equals(rank.code()))) {
				if (result.subject().id().equals(this.subject.id())) {
					own = result.outcome().totalPoints();
				}
				else {
					others.add(result.outcome().totalPoints());
				}
			}
		}
		others.sort(Comparator.reverseOrder());
		BigDecimal last = (others.size() >= places) ? others.get(places - 1) : BigDecimal.ZERO;
		BigDecimal gap = last.subtract(own).max(BigDecimal.ZERO);
		GateResult asGate = new GateResult(this.subject.id(), rank.code(), false, last, own, gap, rank.reason(), rank.evidence(),
				rank.clause(), List.of());
		String need = "第 " + places + " 名为 " + last.stripTrailingZeros().toPlainString() + " 分，现为 "
				+ own.stripTrailingZeros().toPlainString() + " 分（" + rank.reason() + "），须超过第 " + places + " 名";
		return raise(asGate, remedy, facts, (h) -> {
			RuleOutcome o = this.finder.outcome(this.ruleset, this.scope, this.subject, h.dataset());
			return o.status().value().equals(target) && o.totalPoints().compareTo(last) > 0;
		}, need);
	}

	/** Adds one more record to the first records step that can take one; false when none can. */
	boolean oneMore(List<PathPlan.Step> steps, Hypothesis facts) {
		for (RecordsStep step : this.records) {
			if (step.more(facts)) {
				steps.replaceAll((s) -> s.gate().equals(step.gateCode()) ? step.step(true, null) : s);
				return true;
			}
		}
		return false;
	}

	private PathPlan.Step records(GateResult gate, Remedy remedy, RuleOutcome now, Hypothesis facts) {
		Map<String, List<Defect>> byRecord = new LinkedHashMap<>();
		now.defects().stream()
			.filter((d) -> facts.record(remedy.kind(), d.recordId()).isPresent())
			.sorted(Comparator.comparing(Defect::recordId))
			.forEach((d) -> byRecord.computeIfAbsent(d.recordId(), (k) -> new ArrayList<>()).add(d));
		List<List<Defect>> fixable = byRecord.values().stream()
			.filter((defects) -> defects.stream().allMatch((d) -> this.remedies.defect(d.code()).isPresent()))
			.sorted(Comparator.comparingInt(List<Defect>::size))
			.toList();
		RecordsStep step = new RecordsStep(gate, remedy, new ArrayDeque<>(fixable), byRecord.size() - fixable.size(),
				this.remedies, this.values, this.windowClosed);
		this.records.add(step);
		int need = gate.missing().isEmpty() ? gate.gap().setScale(0, RoundingMode.CEILING).intValue() : gate.missing().size();
		int fixes = gate.missing().isEmpty() ? Math.min(need, fixable.size()) : 0;
		for (int i = 0; i < fixes; i++) {
			step.fixNext(facts);
		}
		if (need > fixes) {
			String cannot = remedy.values().isEmpty() ? "规则集没有声明怎样新增可计入的 " + remedy.kind() + " 记录"
					: this.windowClosed ? "计分期已于 " + this.windowEnd + " 截止（评价日 " + this.subject.asOf() + "），不能再新增记录"
					: null;
			if (cannot != null) {
				return step.step(false, cannot + "；还差 " + (need - fixes) + " 项");
			}
			for (int i = 0; i < need - fixes; i++) {
				step.addNext(facts);
			}
		}
		return step.step(true, null);
	}

	private PathPlan.Step change(GateResult gate, Remedy remedy, Hypothesis facts) {
		String id = facts.record(remedy.kind(), this.subject.id()).isPresent() ? this.subject.id()
				: gate.evidence().stream().filter((e) -> facts.record(remedy.kind(), e).isPresent()).findFirst()
					.orElse(this.addedIds.getOrDefault(remedy.kind(), List.of()).stream().findFirst().orElse(null));
		if (id == null) {
			return blocked(gate, remedy.action(), remedy.action() + "：没有可改的 " + remedy.kind() + " 记录（" + gate.reason() + "）");
		}
		List<PathPlan.Change> changes = new ArrayList<>();
		remedy.values().forEach((field, raw) -> facts
			.set(remedy.kind(), id, field, this.values.value(remedy.kind(), field, raw, id, null, null))
			.filter((c) -> !java.util.Objects.equals(c.before(), c.after()))
			.ifPresent(changes::add));
		String reason = changes.isEmpty() ? remedy.kind() + " 记录 " + id + " 已由前面的步骤补正"
				: "改 " + remedy.kind() + " 记录 " + id + "：" + changes.stream()
					.map((c) -> c.field() + " " + c.before() + " → " + c.after())
					.collect(Collectors.joining("，"));
		return step(gate, remedy.action(), List.of(id), changes, List.of(), true, reason);
	}

	private PathPlan.Step raise(GateResult gate, Remedy remedy, Hypothesis facts, Predicate<Hypothesis> reached, String need) {
		Class<?> type = RecordFields.recordType(remedy.kind()).orElseThrow();
		List<String> ids = facts.dataset().all()
			.filter((f) -> type.isInstance(f) && f.owners().contains(this.subject.id()))
			.map(Fact::id)
			.filter((id) -> remedy.where().entrySet().stream()
				.allMatch((w) -> facts.record(remedy.kind(), id).orElseThrow().path(w.getKey()).asText().equals(w.getValue())))
			.toList();
		String prefix = (need != null) ? need + "；" : "";
		if (ids.isEmpty()) {
			return blocked(gate, remedy.action(), prefix + "没有可提高的 " + remedy.kind() + " 记录");
		}
		BigDecimal max = new BigDecimal(String.valueOf(this.values.value(remedy.kind(), remedy.fields().get(0), remedy.max(), null, null, null)));
		Hypothesis top = facts.copy();
		raiseInto(top, ids, remedy, max, BigDecimal.ONE);
		if (!reached.test(top)) {
			return blocked(gate, remedy.action(), prefix + "即使把 " + String.join("、", ids) + " 的 "
					+ String.join("、", remedy.fields()) + " 都提高到 " + max.toPlainString() + " 也不够");
		}
		BigDecimal low = BigDecimal.ZERO;
		BigDecimal high = BigDecimal.ONE;
		for (int i = 0; i < BISECTIONS; i++) {
			BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
			Hypothesis trial = facts.copy();
			raiseInto(trial, ids, remedy, max, middle);
			if (reached.test(trial)) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		List<PathPlan.Change> changes = raiseInto(facts, ids, remedy, max, high);
		RuleOutcome raised = this.finder.outcome(this.ruleset, this.scope, this.subject, facts.dataset());
		return step(gate, remedy.action(), ids, changes, List.of(), true, prefix + "提高 " + String.join("、", ids) + " 的 "
				+ String.join("、", remedy.fields()) + " 后，总分为 " + raised.totalPoints().stripTrailingZeros().toPlainString());
	}

	/** Raises each field a share of the way to {@code max}, rounded up to two places. */
	private List<PathPlan.Change> raiseInto(Hypothesis facts, List<String> ids, Remedy remedy, BigDecimal max, BigDecimal share) {
		List<PathPlan.Change> changes = new ArrayList<>();
		for (String id : ids) {
			for (String field : remedy.fields()) {
				BigDecimal value = facts.record(remedy.kind(), id).orElseThrow().path(field).decimalValue();
				BigDecimal raised = value.add(max.subtract(value).max(BigDecimal.ZERO).multiply(share)).setScale(2, RoundingMode.UP).min(max.max(value));
				if (raised.compareTo(value) != 0) {
					facts.set(remedy.kind(), id, field, raised.stripTrailingZeros()).ifPresent(changes::add);
				}
			}
		}
		return changes;
	}

	private PathPlan.Step blocked(GateResult gate, String action, String reason) {
		return step(gate, action, List.of(), List.of(), List.of(), false, reason);
	}

	static PathPlan.Step step(GateResult gate, String action, List<String> records, List<PathPlan.Change> changes,
			List<PathPlan.Added> added, boolean fixable, String reason) {
		return new PathPlan.Step(gate.code(), gate.gap(), gate.required(), gate.actual(), action, List.copyOf(records),
				List.copyOf(changes), List.copyOf(added), gate.missing(), fixable, reason);
	}

	static String newId(String code, int n) {
		return "PATH-" + code + "-" + n;
	}

	static PathPlan.Added added(String kind, String id, Hypothesis facts) {
		return new PathPlan.Added(kind, id, facts.record(kind, id).orElseThrow().deepCopy());
	}

}
