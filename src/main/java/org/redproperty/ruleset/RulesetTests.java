package org.redproperty.ruleset;

import java.util.List;

/**
 * Runs a compiled ruleset's own test cases ({@code tests/*.json}) and answers each mismatch as an error of the
 * folder. The evaluation feature provides it, since running a test means evaluating; a ruleset checked without it
 * ({@link #NONE}) is checked on everything but its tests.
 */
@FunctionalInterface
public interface RulesetTests {

	/** The folder of a ruleset's own test cases. */
	String FOLDER = "tests/";

	RulesetTests NONE = (ruleset) -> List.of();

	List<RulesetError> run(Ruleset ruleset);

}
