package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;

/**
 * Runs a compiled ruleset's own test cases ({@code tests/*.json}) and answers each mismatch as an error of the
 * folder. The evaluation feature provides it, since running a test means evaluating; a ruleset checked without it
 * ({@link #NONE}) is checked on everything but its tests.
 */
@FunctionalInterface
public interface RulesetTests {

	/** The folder of a ruleset's own test cases. */
	String FOLDER = "tests/";

	RulesetTests NONE = (ruleset, loaded) -> List.of();

	/**
	 * Runs the test cases, finding the rulesets the manifest requires among {@code loaded} first (the folders
	 * loaded before it, or the active ones for a draft), else where the evaluator finds them.
	 */
	List<RulesetError> run(Ruleset ruleset, Map<RulesetKey, Ruleset> loaded);

	default List<RulesetError> run(Ruleset ruleset) {
		return run(ruleset, Map.of());
	}

}
