package org.redproperty.evaluation;

/**
 * A stored result that cannot be read as it was stored: it does not inflate, or does not match the digest stored
 * with it. Not the caller's mistake but the data's: the web layer answers it as a server error naming the
 * evaluation, so that nobody is shown a damaged or altered explanation as if it were the evaluation's.
 */
public class StoredResultDamagedException extends RuntimeException {

	private final String evaluationId;

	StoredResultDamagedException(String evaluationId, String message, Throwable cause) {
		super(message, cause);
		this.evaluationId = evaluationId;
	}

	public String evaluationId() {
		return this.evaluationId;
	}

}
