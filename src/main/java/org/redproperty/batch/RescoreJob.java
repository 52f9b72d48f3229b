package org.redproperty.batch;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

import org.redproperty.ruleset.RulesetIdentity;

/**
 * A re-score job: its scope, its progress, the ruleset version it runs on (fixed when it was queued, kept when
 * it is resumed), the last successful job of the same scope that its results are compared with, and whether and
 * when its results were published as titles.
 */
public record RescoreJob(String id, String scheme, int year, LocalDate asOf, String districtId, JobState state,
		int total, int done, int failed, Instant createdAt, Instant startedAt, Instant finishedAt,
		RulesetIdentity ruleset, String previousJobId, String error, String requestedBy,
		@JsonInclude(JsonInclude.Include.NON_NULL) String period,
		@JsonInclude(JsonInclude.Include.NON_NULL) Publication publication) {

	/** A job not published (yet). */
	public RescoreJob(String id, String scheme, int year, LocalDate asOf, String districtId, JobState state, int total,
			int done, int failed, Instant createdAt, Instant startedAt, Instant finishedAt, RulesetIdentity ruleset,
			String previousJobId, String error, String requestedBy, String period) {
		this(id, scheme, year, asOf, districtId, state, total, done, failed, createdAt, startedAt, finishedAt, ruleset,
				previousJobId, error, requestedBy, period, null);
	}

	/** A job of a scheme without periods. */
	public RescoreJob(String id, String scheme, int year, LocalDate asOf, String districtId, JobState state, int total,
			int done, int failed, Instant createdAt, Instant startedAt, Instant finishedAt, RulesetIdentity ruleset,
			String previousJobId, String error, String requestedBy) {
		this(id, scheme, year, asOf, districtId, state, total, done, failed, createdAt, startedAt, finishedAt, ruleset,
				previousJobId, error, requestedBy, null);
	}

	RescoreRequest request() {
		return new RescoreRequest(this.scheme, this.year, this.asOf, this.districtId, this.period);
	}

}
