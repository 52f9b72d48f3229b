package org.redproperty.pages;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that evaluates a subject now: the ruleset as {@code scheme/year} and the evaluation date. */
record EvaluateForm(
		@NotBlank(message = "请选择评价方案") @Pattern(regexp = "[^/]+/\\d{4}", message = "评价方案的格式应为 方案/年度") String ruleset,
		@NotNull(message = "请填写评价日") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
		String period) {

	EvaluateForm(String ruleset, LocalDate asOf) {
		this(ruleset, asOf, null);
	}

	/** The period chosen, or null for a scheme without periods (the service refuses a missing or needless one). */
	String periodOrNull() {
		return (this.period == null || this.period.isBlank()) ? null : this.period;
	}


	String scheme() {
		return this.ruleset.substring(0, this.ruleset.indexOf('/'));
	}

	int year() {
		return Integer.parseInt(this.ruleset.substring(this.ruleset.indexOf('/') + 1));
	}

}
