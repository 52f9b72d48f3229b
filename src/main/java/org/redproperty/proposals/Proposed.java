package org.redproperty.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * A credit deduction one stored evaluation proposes: its identity (scheme, year, rule code, the records it cites,
 * company), what it says (points, reason, clause), and the evaluation and subject it comes from.
 */
public record Proposed(String scheme, int year, String ruleCode, List<String> cited, String companyId,
		SubjectType subjectType, String subjectId, BigDecimal points, String reason, String clause,
		String evaluationId, Instant evaluatedAt) {

	public Proposed {
		cited = List.copyOf(cited);
	}

}
