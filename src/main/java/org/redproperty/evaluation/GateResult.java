package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A condition a subject must meet, with what it requires, what the subject has and how far it is from it
 * ({@code gap} is zero when the gate passes).
 */
public record GateResult(@JsonIgnore String subjectId, String code, boolean passed, BigDecimal required,
		BigDecimal actual, BigDecimal gap, String reason, List<String> evidence, String clause) implements Result {
}
