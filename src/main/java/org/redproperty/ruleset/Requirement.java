package org.redproperty.ruleset;

import java.util.List;

/**
 * A ruleset whose outcomes another ruleset's rules read ({@code requires} in the manifest): its scheme and year and
 * the periods it is evaluated for (empty for a scheme without periods). The evaluator evaluates it first, in the
 * same run, and gives its outcomes to the rules as {@code Required} facts.
 */
public record Requirement(String scheme, int year, List<PeriodCode> periods) {

	public Requirement {
		periods = (periods != null) ? List.copyOf(periods) : List.of();
	}

	public RulesetKey key() {
		return new RulesetKey(this.scheme, this.year);
	}

}
