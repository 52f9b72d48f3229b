package org.redproperty.batch;

import org.redproperty.common.ServiceException;

/** What the re-score service throws when a job cannot be queued, found or resumed. */
public class RescoreException extends ServiceException {

	private RescoreException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	public static RescoreException notFound(String code, String message) {
		return new RescoreException(Kind.NOT_FOUND, code, message);
	}

	public static RescoreException conflict(String code, String message) {
		return new RescoreException(Kind.CONFLICT, code, message);
	}

}
