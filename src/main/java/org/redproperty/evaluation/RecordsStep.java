package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import org.redproperty.ruleset.Remedies;
import org.redproperty.ruleset.Remedy;

/**
 * A step of a gate counted in records, as it grows: the records whose every defect is fixable that are left (fewest
 * defects first), the ones fixed with their changes, the new records made from the remedy, one per unit of the gap.
 */
final class RecordsStep {

	private final GateResult gate;

	private final Remedy remedy;

	private final Deque<List<Defect>> fixable;

	private final int unfixable;

	private final List<String> fixed = new ArrayList<>();

	private final List<PathPlan.Change> changes = new ArrayList<>();

	private final List<String> fixes = new ArrayList<>();

	private final List<PathPlan.Added> added = new ArrayList<>();

	private final Remedies remedies;

	private final RemedyValues values;

	private final boolean windowClosed;

	RecordsStep(GateResult gate, Remedy remedy, Deque<List<Defect>> fixable, int unfixable, Remedies remedies,
			RemedyValues values, boolean windowClosed) {
		this.gate = gate;
		this.remedy = remedy;
		this.fixable = fixable;
		this.unfixable = unfixable;
		this.remedies = remedies;
		this.values = values;
		this.windowClosed = windowClosed;
	}

	String gateCode() {
		return this.gate.code();
	}

	void fixNext(Hypothesis facts) {
		List<Defect> defects = this.fixable.pop();
		String id = defects.get(0).recordId();
		List<String> actions = new ArrayList<>();
		for (Defect defect : defects) {
			Remedy fix = this.remedies.defect(defect.code()).orElseThrow();
			actions.add(fix.action());
			fix.values().forEach((field, raw) -> facts.set(this.remedy.kind(), id, field,
					this.values.value(this.remedy.kind(), field, raw, id, null, null)).ifPresent(this.changes::add));
		}
		this.fixed.add(id);
		this.fixes.add(id + " " + String.join("、", actions));
	}

	void addNext(Hypothesis facts) {
		int n = this.added.size() + 1;
		String unit = (n <= this.gate.missing().size()) ? this.gate.missing().get(n - 1) : null;
		String id = PathSteps.newId(this.gate.code(), n);
		facts.add(this.remedy.kind(), this.values.record(this.remedy.kind(), id, this.remedy.values(), n, unit));
		this.added.add(PathSteps.added(this.remedy.kind(), id, facts));
	}

	boolean more(Hypothesis facts) {
		if (!this.fixable.isEmpty()) {
			fixNext(facts);
			return true;
		}
		if (!this.remedy.values().isEmpty() && !this.windowClosed) {
			addNext(facts);
			return true;
		}
		return false;
	}

	PathPlan.Step step(boolean fixable, String cannot) {
		String reason = "差 " + this.gate.gap().stripTrailingZeros().toPlainString()
				+ (this.gate.missing().isEmpty() ? "" : "（缺 " + String.join("、", this.gate.missing()) + "）") + "："
				+ (this.fixed.isEmpty() ? "没有可补正的不计入记录" : "补正 " + this.fixed.size() + " 项不计入的记录（"
						+ String.join("；", this.fixes) + "）")
				+ (this.added.isEmpty() ? "，无须新增记录" : "，新增 " + this.added.size() + " 项记录（"
						+ this.added.stream().map(PathPlan.Added::id).collect(Collectors.joining("、")) + "）")
				+ (this.unfixable > 0 ? "；另有 " + this.unfixable + " 项不计入的记录有不能补正的原因" : "")
				+ ((cannot != null) ? "；" + cannot : "");
		return PathSteps.step(this.gate, this.remedy.action(), this.fixed, this.changes, this.added, fixable, reason);
	}

}
