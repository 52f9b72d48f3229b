package org.redproperty.facts;

import org.redproperty.common.ServiceException;

/** A revision or a fact that does not exist, or an import that cannot be applied now. */
public class FactsException extends ServiceException {

	FactsException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	FactsException(Kind kind, String code, String message, Throwable cause) {
		super(kind, code, message, cause);
	}

	static FactsException notFound(String code, String message) {
		return new FactsException(Kind.NOT_FOUND, code, message);
	}

	static FactsException badRequest(String code, String message) {
		return new FactsException(Kind.BAD_REQUEST, code, message);
	}

}
