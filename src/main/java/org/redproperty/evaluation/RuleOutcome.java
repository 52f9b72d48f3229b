package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules concluded about one subject; {@code rank} is null unless the rules ranked it. {@code defects} are
 * the reasons its records do not count, by rule code (not stored with an evaluation: its findings say them in
 * Chinese); {@code ranks} every place the rules gave it.
 */
public record RuleOutcome(Status status, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines, List<GateResult> gates,
		List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
		List<TraceEntry> trace, List<Defect> defects, List<Rank> ranks) {

	public RuleOutcome {
		defects = (defects != null) ? List.copyOf(defects) : List.of();
		ranks = (ranks != null) ? List.copyOf(ranks) : List.of();
	}

	/** The gate of that code, if the rules produced one. */
	public GateResult gate(String code) {
		return this.gates.stream().filter((gate) -> gate.code().equals(code)).findFirst().orElse(null);
	}

}
