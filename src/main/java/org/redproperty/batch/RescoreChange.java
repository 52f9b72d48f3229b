package org.redproperty.batch;

import java.math.BigDecimal;
import java.util.List;

import org.redproperty.evaluation.WhatIfReport;
import org.redproperty.facts.SubjectType;

/**
 * A subject whose status differs from the previous job of the same scope: the gates whose result changed, the
 * rule codes that fired in only one of the two evaluations, and a one-line Chinese reason.
 */
public record RescoreChange(String districtId, SubjectType subjectType, String subjectId, String previousStatus,
		String status, BigDecimal previousPoints, BigDecimal totalPoints, List<WhatIfReport.GateChange> gates,
		List<String> firedOnlyBefore, List<String> firedOnlyNow, String reason, String evaluationId,
		String previousEvaluationId) {
}
