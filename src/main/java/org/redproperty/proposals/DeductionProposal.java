package org.redproperty.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * A proposed credit deduction as stored: its identity, what it proposes (as the latest evaluation said it while it
 * was open, as it was decided on since), the first and the latest evaluation that proposed it, and the decision: who,
 * when, why, the evaluation it cited and, for a confirmation, the {@code creditDeductions} fact it created
 * and the revision that recorded it.
 */
public record DeductionProposal(String id, String scheme, int year, String ruleCode, List<String> cited,
		String companyId, SubjectType subjectType, String subjectId, BigDecimal points, String reason, String clause,
		ProposalState state, String firstEvaluationId, Instant firstProposedAt, String latestEvaluationId,
		Instant latestProposedAt, String decidedBy, Instant decidedAt, String decisionReason,
		String decidedEvaluationId, String creditDeductionId, Long creditDeductionRevision) {

}
