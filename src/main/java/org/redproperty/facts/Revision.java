package org.redproperty.facts;

import java.time.Instant;
import java.util.Map;

/**
 * One import of facts: its number, when it was recorded, who made it and from where, the SHA-256 of its payload
 * and how many rows of each kind it added, changed and retracted (a row sent unchanged counts nowhere).
 */
public record Revision(long revision, Instant recordedAt, String actor, String source, String payloadHash,
		Map<String, Counts> counts) {

	/** Rows of one kind: added (new ids), changed (a new version of a known id) and retracted. */
	public record Counts(int added, int changed, int retracted) {

		public int total() {
			return this.added + this.changed + this.retracted;
		}

	}

}
