package org.redproperty.evaluation;

import java.util.Optional;

import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetKey;

/** Where the evaluator finds the rulesets a manifest requires: in service the active ones. */
@FunctionalInterface
public interface Requirements {

	Requirements NONE = (key) -> Optional.empty();

	Optional<Ruleset> find(RulesetKey key);

}
