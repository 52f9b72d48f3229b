package org.redproperty.ruleset;

import java.nio.file.Path;

import org.redproperty.support.RulesCopies;

/**
 * A temporary copy of the repository's {@code rules/} directory, folder tests included, for a test that activates
 * or edits rulesets: the repository's own folders are never written. Deleted when the JVM exits.
 */
final class RulesCopy {

	private RulesCopy() {
	}

	static Path create() {
		return RulesCopies.withTests();
	}

}
