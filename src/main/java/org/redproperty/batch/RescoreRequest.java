package org.redproperty.batch;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Re-score every subject a ruleset covers in a scope: one district, or all of them when none is named. */
public record RescoreRequest(@NotBlank String scheme, @NotNull Integer year, @NotNull LocalDate asOf,
		String districtId, String period) {

	/** A job of a scheme without periods. */
	public RescoreRequest(String scheme, Integer year, LocalDate asOf, String districtId) {
		this(scheme, year, asOf, districtId, null);
	}

	/**
	 * The scope two jobs may not share at once, and whose last successful job a new one is compared with: a
	 * period's job is compared with the last job of the same period.
	 */
	String scopeKey() {
		return this.scheme + "/" + this.year + "/" + ((this.districtId != null) ? this.districtId : "*")
				+ ((this.period != null) ? "/" + this.period : "");
	}

}
