package org.redproperty.proposals;

import jakarta.validation.constraints.Size;

/** A confirmation, with an optional note that the deduction's reason quotes. */
record Confirmation(@Size(max = Confirmation.MAX_REASON, message = "确认意见 reason 最多 500 个字") String reason) {

	/** The longest note or reason a decision keeps, so that the deduction's reason fits its column. */
	static final int MAX_REASON = 500;

}
