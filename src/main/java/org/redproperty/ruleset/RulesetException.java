package org.redproperty.ruleset;

import java.util.List;

import org.redproperty.common.ServiceException;

/**
 * What the ruleset feature throws when it cannot do what it was asked: a missing ruleset, folder or checked
 * draft, an empty or malformed draft, or a draft refused at activation, with every error that refused it.
 */
public class RulesetException extends ServiceException {

	private final List<RulesetError> errors;

	RulesetException(Kind kind, String code, String message) {
		this(kind, code, message, List.of());
	}

	RulesetException(Kind kind, String code, String message, List<RulesetError> errors) {
		super(kind, code, message);
		this.errors = List.copyOf(errors);
	}

	static RulesetException notFound(String code, String message) {
		return new RulesetException(Kind.NOT_FOUND, code, message);
	}

	static RulesetException badRequest(String code, String message) {
		return new RulesetException(Kind.BAD_REQUEST, code, message);
	}

	static RulesetException unprocessable(String code, String message) {
		return new RulesetException(Kind.UNPROCESSABLE, code, message);
	}

	static RulesetException conflict(String code, String message) {
		return new RulesetException(Kind.CONFLICT, code, message);
	}

	/** A draft that fails a check, refused with all its errors, each with file, line and column. */
	static RulesetException refused(String message, List<RulesetError> errors) {
		return new RulesetException(Kind.UNPROCESSABLE, "INVALID_DRAFT", message, errors);
	}

	/** The errors of a refused draft; empty for every other failure. */
	public List<RulesetError> errors() {
		return this.errors;
	}

}
