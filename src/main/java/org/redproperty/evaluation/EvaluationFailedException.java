package org.redproperty.evaluation;

import org.redproperty.common.ServiceException;

/**
 * A subject evaluated on its own got no outcome: a rule kept firing ({@code RUNAWAY_RULES}), was still firing at
 * the deadline ({@code RULES_TIMEOUT}) or ran out of memory ({@code RULES_OUT_OF_MEMORY}), the ruleset gave it no
 * status or two ({@code NO_STATUS}, {@code TWO_STATUSES}), or it failed otherwise.
 */
public class EvaluationFailedException extends ServiceException {

	EvaluationFailedException(String code, String message) {
		super(Kind.UNPROCESSABLE, code, message);
	}

	static EvaluationFailedException of(SubjectResult result) {
		return new EvaluationFailedException(result.failure().code(), result.failure().message());
	}

}
