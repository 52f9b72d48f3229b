package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A condition a subject must meet, with what it requires, what the subject has and how far it is from it
 * ({@code gap} is zero when the gate passes). {@code missing} names the units of the gap when the rule reports them,
 * e.g. the months {@code 2023-03} without a record; it is left out of the JSON when empty.
 */
public record GateResult(@JsonIgnore String subjectId, String code, boolean passed, BigDecimal required,
		BigDecimal actual, BigDecimal gap, String reason, List<String> evidence, String clause,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missing) implements Result {

	public GateResult {
		missing = (missing != null) ? List.copyOf(missing) : List.of();
	}

}
