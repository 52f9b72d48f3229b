package org.redproperty.ruleset;

import java.util.List;

/**
 * The whole content of a draft: its files after the overlay, and the active version they were laid over
 * ({@code basedOn}; null when the draft named a folder or the scheme has no active version).
 */
public record DraftContent(List<RulesetFile> files, RulesetIdentity basedOn) {
}
