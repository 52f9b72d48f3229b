package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A credit deduction the rules propose for a company; an authority decides whether to impose it. */
public record ProposedDeduction(@JsonIgnore String subjectId, String code, String companyId, BigDecimal points,
		String reason, List<String> evidence, String clause) implements Result {
}
