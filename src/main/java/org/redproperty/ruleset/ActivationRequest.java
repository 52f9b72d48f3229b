package org.redproperty.ruleset;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What to put into service: a draft (some or all of its files, laid over the active version, or a folder) or the
 * {@code hash} of a draft that passed a check. {@code activatedBy} names who asks only where nobody signs in; on
 * the API the signed-in account is recorded.
 */
record ActivationRequest(@Valid List<DraftRuleset.File> files, String folder, String hash,
		@Size(max = 200, message = "启用人 activatedBy 最多 200 个字符") String activatedBy) {

	DraftRuleset draft() {
		return new DraftRuleset(this.files, this.folder);
	}

	boolean byHash() {
		return this.hash != null && !this.hash.isBlank();
	}

	boolean hasDraft() {
		return (this.files != null && !this.files.isEmpty()) || (this.folder != null && !this.folder.isBlank());
	}

}
