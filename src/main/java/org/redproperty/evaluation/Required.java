package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * The outcome of a ruleset another ruleset requires ({@code requires} in its manifest), evaluated first in the same
 * run, at the same date and scope: one fact per subject and period, e.g. a company's red-black-list status of a
 * quarter. {@code period} is null for a scheme without periods; {@code score} is exact; {@code rank} null where
 * the subject has none.
 */
public record Required(String scheme, int year, Period period, SubjectType subjectType, String subjectId,
		String status, BigDecimal score, Integer rank, List<Finding> findings) {

	public Required {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/** Whether it has the finding of that code. */
	public boolean has(String code) {
		return this.findings.stream().anyMatch((finding) -> finding.code().equals(code));
	}

}
