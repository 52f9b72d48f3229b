package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules concluded about one subject; {@code rank} is null unless the rules ranked it. {@code defects} are
 * the reasons its records do not count, by rule code (not stored with an evaluation: its findings say them in
 * Chinese); {@code ranks} every place the rules gave it. {@code requiredRulesets} are the rulesets its manifest
 * requires, transitively, with the content each had; {@code requiredOutcomes} what the rules read of their outcomes
 * for this subject.
 */
public record RuleOutcome(Status status, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines, List<GateResult> gates,
		List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
		List<TraceEntry> trace, List<Defect> defects, List<Rank> ranks, List<RequiredRuleset> requiredRulesets,
		List<RequiredOutcome> requiredOutcomes) {

	public RuleOutcome {
		defects = (defects != null) ? List.copyOf(defects) : List.of();
		ranks = (ranks != null) ? List.copyOf(ranks) : List.of();
		requiredRulesets = (requiredRulesets != null) ? List.copyOf(requiredRulesets) : List.of();
		requiredOutcomes = (requiredOutcomes != null) ? List.copyOf(requiredOutcomes) : List.of();
	}

	/** An outcome of a ruleset that requires no other. */
	public RuleOutcome(Status status, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines,
			List<GateResult> gates, List<Finding> findings, List<ProposedDeduction> creditDeductions,
			List<Award> awards, List<TraceEntry> trace, List<Defect> defects, List<Rank> ranks) {
		this(status, totalPoints, rank, lines, gates, findings, creditDeductions, awards, trace, defects, ranks,
				List.of(), List.of());
	}

	/** The same outcome, with the rulesets it was built on and what the rules read of them for the subject. */
	RuleOutcome requiring(List<RequiredRuleset> used, List<RequiredOutcome> read) {
		return new RuleOutcome(this.status, this.totalPoints, this.rank, this.lines, this.gates, this.findings,
				this.creditDeductions, this.awards, this.trace, this.defects, this.ranks, used, read);
	}

	/** The gate of that code, if the rules produced one. */
	public GateResult gate(String code) {
		return this.gates.stream().filter((gate) -> gate.code().equals(code)).findFirst().orElse(null);
	}

}
