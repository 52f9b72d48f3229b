package org.redproperty.pages;

import org.redproperty.common.ServiceException;

/** What a page cannot show: shown by {@link PageErrors} like a feature's error, with the API's code. */
final class PageException extends ServiceException {

	private PageException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	static PageException notFound(String code, String message) {
		return new PageException(Kind.NOT_FOUND, code, message);
	}

}
