package org.redproperty.ruleset;

/** Which ruleset content an evaluation used. */
public record RulesetIdentity(String scheme, int year, String hash) {
}
