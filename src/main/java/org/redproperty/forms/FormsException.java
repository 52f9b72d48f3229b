package org.redproperty.forms;

import org.redproperty.common.ServiceException;

/** A file that is not the form asked for, or a form asked for a district the caller cannot see. */
public class FormsException extends ServiceException {

	FormsException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	FormsException(Kind kind, String code, String message, Throwable cause) {
		super(kind, code, message, cause);
	}

}
