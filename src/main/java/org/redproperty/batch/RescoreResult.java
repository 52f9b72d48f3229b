package org.redproperty.batch;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.redproperty.facts.SubjectType;

/**
 * One subject's result in a job: its status, points and rank where ranked, the status it had in the previous
 * job of the same scope, and the stored evaluation with the full explanation; or the error that kept it from
 * being evaluated; and once the job is published, when and in which revision its results became titles.
 */
public record RescoreResult(String districtId, SubjectType subjectType, String subjectId, String status,
		BigDecimal totalPoints, Integer rank, String previousStatus, boolean changed, String evaluationId,
		Error error, @JsonInclude(JsonInclude.Include.NON_NULL) Publication published) {

	/** A result of a job not published (yet). */
	public RescoreResult(String districtId, SubjectType subjectType, String subjectId, String status,
			BigDecimal totalPoints, Integer rank, String previousStatus, boolean changed, String evaluationId,
			Error error) {
		this(districtId, subjectType, subjectId, status, totalPoints, rank, previousStatus, changed, evaluationId,
				error, null);
	}

	/** The same result with its job's publication. */
	RescoreResult publishedAs(Publication publication) {
		return new RescoreResult(this.districtId, this.subjectType, this.subjectId, this.status, this.totalPoints,
				this.rank, this.previousStatus, this.changed, this.evaluationId, this.error, publication);
	}

	/** Why a subject could not be evaluated: a stable code and a Chinese message. */
	public record Error(String code, String message) {
	}

}
