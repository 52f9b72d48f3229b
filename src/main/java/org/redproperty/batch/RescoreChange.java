package org.redproperty.batch;

import java.math.BigDecimal;
import java.util.List;

import org.redproperty.evaluation.Cause;
import org.redproperty.evaluation.EvaluationDiff;
import org.redproperty.evaluation.WhatIfReport;
import org.redproperty.facts.SubjectType;

/**
 * A subject whose status differs from the previous job of the same scope: the gates whose result changed, the
 * rule codes that fired in only one of the two evaluations, and a one-line Chinese reason; and, attributed as the
 * diff of the two evaluations attributes it ({@code GET /api/evaluations/{id}/diff}), what caused the change of
 * status (facts, rules, asOf; {@code interaction} when only together), the fact changes and rule differences
 * behind it, and one Chinese line saying so.
 */
public record RescoreChange(String districtId, SubjectType subjectType, String subjectId, String previousStatus,
		String status, BigDecimal previousPoints, BigDecimal totalPoints, List<WhatIfReport.GateChange> gates,
		List<String> firedOnlyBefore, List<String> firedOnlyNow, String reason, String evaluationId,
		String previousEvaluationId, List<Cause> causes, boolean interaction, List<EvaluationDiff.FactChange> facts,
		List<String> rules, String causeReason) {
}
