package org.redproperty.proposals;

import org.redproperty.common.ServiceException;

/** A proposal that does not exist (or lies outside the caller's district), or one decided already. */
public class ProposalException extends ServiceException {

	private ProposalException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	static ProposalException notFound(String code, String message) {
		return new ProposalException(Kind.NOT_FOUND, code, message);
	}

	static ProposalException conflict(String code, String message) {
		return new ProposalException(Kind.CONFLICT, code, message);
	}

}
