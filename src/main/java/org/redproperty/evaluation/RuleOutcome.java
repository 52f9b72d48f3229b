package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

/** What the rules concluded about one subject. */
public record RuleOutcome(Status status, BigDecimal totalPoints, List<ScoreLine> lines, List<GateResult> gates,
		List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
		List<TraceEntry> trace) {

	/** The subject's place in a ranking, when the rules ranked it; null otherwise. */
	public Integer rank() {
		return null;
	}

	/** The gate of that code, if the rules produced one. */
	public GateResult gate(String code) {
		return this.gates.stream().filter((gate) -> gate.code().equals(code)).findFirst().orElse(null);
	}

}
