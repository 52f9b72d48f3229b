package org.redproperty.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection and why: the reason is required and kept with the proposal. */
record Rejection(@NotBlank(message = "驳回必须写明理由 reason") @Size(max = Confirmation.MAX_REASON,
		message = "驳回理由 reason 最多 500 个字") String reason) {

}
