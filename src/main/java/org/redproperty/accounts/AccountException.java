package org.redproperty.accounts;

import org.redproperty.common.ServiceException;

/** An account that does not exist, or a request to create one that exists. */
class AccountException extends ServiceException {

	AccountException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

}
