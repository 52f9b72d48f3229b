package org.redproperty.batch;

import java.math.BigDecimal;

import org.redproperty.facts.SubjectType;

/**
 * One subject's result in a job: its status, points and rank where ranked, the status it had in the previous
 * job of the same scope, and the stored evaluation with the full explanation; or the error that kept it from
 * being evaluated.
 */
public record RescoreResult(String districtId, SubjectType subjectType, String subjectId, String status,
		BigDecimal totalPoints, Integer rank, String previousStatus, boolean changed, String evaluationId,
		Error error) {

	/** Why a subject could not be evaluated: a stable code and a Chinese message. */
	public record Error(String code, String message) {
	}

}
