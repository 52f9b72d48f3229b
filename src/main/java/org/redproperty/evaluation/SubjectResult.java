package org.redproperty.evaluation;

/**
 * The answer of an evaluation for one subject: its outcome, or why it has none. Exactly one of the two is set.
 */
public record SubjectResult(Subject subject, RuleOutcome outcome, Failure failure) {

	static SubjectResult of(Subject subject, RuleOutcome outcome) {
		return new SubjectResult(subject, outcome, null);
	}

	static SubjectResult failed(Subject subject, String code, String message) {
		return new SubjectResult(subject, null, new Failure(code, message));
	}

	public boolean succeeded() {
		return this.outcome != null;
	}

	/**
	 * Why a subject has no outcome: {@code RUNAWAY_RULES} (a rule kept firing), {@code NO_STATUS} or
	 * {@code TWO_STATUSES} (the ruleset is incomplete or contradicts itself), {@code INPUT_FAILED} (a project or
	 * company it depends on failed), {@code EVALUATION_FAILED} (anything else).
	 */
	public record Failure(String code, String message) {
	}

}
