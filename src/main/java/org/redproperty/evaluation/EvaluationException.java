package org.redproperty.evaluation;

import org.redproperty.common.ServiceException;

/** What the evaluation services throw when a request names something missing or cannot be evaluated. */
public class EvaluationException extends ServiceException {

	private EvaluationException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	public static EvaluationException notFound(String code, String message) {
		return new EvaluationException(Kind.NOT_FOUND, code, message);
	}

	public static EvaluationException badRequest(String code, String message) {
		return new EvaluationException(Kind.BAD_REQUEST, code, message);
	}

	public static EvaluationException unprocessable(String code, String message) {
		return new EvaluationException(Kind.UNPROCESSABLE, code, message);
	}

}
