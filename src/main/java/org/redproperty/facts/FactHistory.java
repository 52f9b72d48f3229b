package org.redproperty.facts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Every version of one fact, oldest first. */
public record FactHistory(String kind, String id, boolean current, List<Entry> versions) {

	/**
	 * One version: the revision that recorded it, who and when, its content, the fields it changed against the
	 * version before (every field for the first), and the revision that closed it ({@code retiredBy}, null while
	 * current); {@code retracted} when that revision retracted the fact rather than changing it.
	 */
	public record Entry(long revision, Instant recordedAt, String actor, String source, JsonNode fact,
			List<FieldChange> changes, Long retiredBy, boolean retracted) {
	}

}
