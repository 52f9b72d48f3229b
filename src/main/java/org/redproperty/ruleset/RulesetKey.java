package org.redproperty.ruleset;

/** A scheme and a year: what a ruleset folder implements. */
public record RulesetKey(String scheme, int year) {

	@Override
	public String toString() {
		return this.scheme + "/" + this.year;
	}

}
