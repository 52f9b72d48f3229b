package org.redproperty.ruleset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One parameter of a ruleset: a number, date, list or text of the policy that rules read by name. The value is
 * typed: {@link Integer} for {@code integer}, {@link java.math.BigDecimal} for {@code decimal} and {@code ratio},
 * {@link java.time.LocalDate} for {@code date}, a list of enumeration constant names for {@code set} (with the
 * enumeration in {@code of}), and {@link String} for {@code text}.
 */
public record Parameter(String name, ParameterType type, @JsonInclude(JsonInclude.Include.NON_NULL) String of,
		Object value, String label, String clause, @JsonIgnore int line) {

	/** The value as a policy text shows it: a plain number, a date, or the set's members joined with 、. */
	public String display() {
		if (this.value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (this.value instanceof List<?> list) {
			return String.join("、", list.stream().map(String::valueOf).toList());
		}
		return String.valueOf(this.value);
	}

}
