package org.redproperty.ruleset;

import java.time.Instant;

/**
 * One content put into service for a scheme and year: its hash, the hash it replaced (null for the first), who
 * and when, and how: {@code API} (activated through the service) or {@code RELOAD} (found on disk at a reload or
 * at start-up).
 */
public record RulesetActivation(String hash, String previousHash, String activatedBy, Instant activatedAt,
		String source) {

	public static final String API = "API";

	public static final String RELOAD = "RELOAD";

}
