package org.redproperty.common;

/**
 * What a feature's service throws when it cannot do what it was asked: a kind (which the web layer maps to an
 * HTTP status, in one place), a stable code for programs and a Chinese message for people. Each feature throws
 * its own subclass; none of them knows about HTTP.
 */
public abstract class ServiceException extends RuntimeException {

	/** What went wrong, in the terms of the request. */
	public enum Kind {

		/** The thing asked for does not exist (or is outside the caller's scope). */
		NOT_FOUND,
		/** The request itself is malformed. */
		BAD_REQUEST,
		/** The request is well-formed but cannot be done on this data. */
		UNPROCESSABLE,
		/** The request clashes with the current state, e.g. a job already running. */
		CONFLICT

	}

	private final Kind kind;

	private final String code;

	protected ServiceException(Kind kind, String code, String message) {
		super(message);
		this.kind = kind;
		this.code = code;
	}

	protected ServiceException(Kind kind, String code, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.code = code;
	}

	public Kind kind() {
		return this.kind;
	}

	public String code() {
		return this.code;
	}

}
