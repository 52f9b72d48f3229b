package org.redproperty.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetKey;
import org.redproperty.ruleset.Rulesets;

/**
 * The required rulesets a stored evaluation used, each with the content it had then: the one in service if it
 * still has that hash, else compiled from its snapshot ({@code RulesetSnapshots}), never the version active now.
 * Replay and diff evaluate again on them, so that activating another version of a required ruleset does not
 * change what an old evaluation replays to.
 */
final class RecordedRequirements {

	private RecordedRequirements() {
	}

	/**
	 * Finds the recorded contents; a ruleset that was not recorded (an evaluation stored before V14) is found where
	 * the evaluator finds it otherwise, in service.
	 * @throws EvaluationException {@code REQUIRED_RULESET_SNAPSHOT_MISSING} if the content of one is nowhere kept
	 */
	static Requirements of(Rulesets rulesets, List<RequiredRuleset> used) {
		Map<RulesetKey, Ruleset> found = new HashMap<>();
		for (RequiredRuleset one : used) {
			found.put(one.key(), rulesets.byHash(one.scheme(), one.year(), one.hash())
				.orElseThrow(() -> EvaluationException.unprocessable("REQUIRED_RULESET_SNAPSHOT_MISSING",
						"找不到该评价所需的规则集 " + one.key() + " 当时所用内容的快照（哈希 " + one.hash()
								+ "），无法按原样重现")));
		}
		return (key) -> Optional.ofNullable(found.get(key));
	}

}
