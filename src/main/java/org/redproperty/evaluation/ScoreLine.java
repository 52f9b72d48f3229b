package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Points a rule gives a subject, with the records behind them. */
public record ScoreLine(@JsonIgnore String subjectId, String code, BigDecimal points, String reason,
		List<String> evidence, String clause) implements Result {
}
