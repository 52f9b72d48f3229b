package org.redproperty.evaluation;

import java.math.BigDecimal;

/**
 * An outcome of a required ruleset that the rules read for the evaluated subject, e.g. the company's red-black-list
 * status in one quarter: scheme, year, period (null for a scheme without periods), status, exact score and rank
 * (null where it has none). Kept with the evaluation, so that an auditor sees what the result was built on.
 */
public record RequiredOutcome(String scheme, int year, String period, String status, BigDecimal score, Integer rank) {

	static RequiredOutcome of(Required required) {
		return new RequiredOutcome(required.scheme(), required.year(),
				(required.period() != null) ? required.period().code() : null, required.status(), required.score(),
				required.rank());
	}

}
