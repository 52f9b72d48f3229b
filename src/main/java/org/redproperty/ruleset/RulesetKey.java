package org.redproperty.ruleset;

import java.util.Optional;

/** A scheme and a year: what a ruleset folder implements. */
public record RulesetKey(String scheme, int year) {

	/** The key a folder location {@code <scheme>/<year>} stands for, if it has that shape. */
	static Optional<RulesetKey> ofLocation(String location) {
		int slash = location.lastIndexOf('/');
		if (slash <= 0 || !location.substring(slash + 1).matches("\\d{4}")) {
			return Optional.empty();
		}
		return Optional.of(new RulesetKey(location.substring(0, slash), Integer.parseInt(location.substring(slash + 1))));
	}

	@Override
	public String toString() {
		return this.scheme + "/" + this.year;
	}

}
