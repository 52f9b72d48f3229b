package org.redproperty.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.redproperty.evaluation.EvaluationRuleApi;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.evaluation.FolderTests;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.SubjectResult;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetFolders;
import org.redproperty.ruleset.RulesetKey;
import org.redproperty.ruleset.RulesetTests;

/** The one evaluator and ruleset folders that run their own tests on it, as the service builds them, without Spring. */
public final class TestRules {

	public static final Evaluator EVALUATOR = new Evaluator(200_000, 5000).withRequirements(TestRules::onDisk);

	/** The folders of {@code rules/} a manifest requires, compiled once each (their own tests are run elsewhere). */
	private static final Map<RulesetKey, Optional<Ruleset>> REQUIRED = new java.util.concurrent.ConcurrentHashMap<>();

	private TestRules() {
	}

	private static Optional<Ruleset> onDisk(RulesetKey key) {
		Optional<Ruleset> found = REQUIRED.get(key);
		if (found == null) {
			Path rules = Path.of("rules");
			LoadedRuleset loaded = foldersWithoutTests().load(rules,
					rules.resolve(key.scheme()).resolve(String.valueOf(key.year())));
			found = loaded.errors().isEmpty() ? Optional.of(loaded.ruleset()) : Optional.empty();
			REQUIRED.put(key, found);
		}
		return found;
	}

	/** Folders checked on everything, their own tests included. */
	public static RulesetFolders folders() {
		return new RulesetFolders(new FolderTests(EVALUATOR), EvaluationRuleApi.INSTANCE);
	}

	/** Folders checked on everything but their own tests. */
	public static RulesetFolders foldersWithoutTests() {
		return new RulesetFolders(RulesetTests.NONE, EvaluationRuleApi.INSTANCE);
	}

	/**
	 * Two rules that re-activate each other for ever once the condition holds, as a hostile or careless draft would:
	 * the first inserts a {@code Spin}, the second a new one for each. Each firing is quick, so only the firing limit
	 * or the deadline stops them.
	 * @param code the rules' code, and the start of their names
	 * @param clause the clause they cite
	 * @param phase the agenda group they belong to
	 * @param condition the pattern that starts the loop, e.g. {@code Project( id == "P-007" )}
	 */
	public static String loop(String code, String clause, String phase, String condition) {
		return """
				declare Spin
				    n : int
				end

				rule "%1$s 试验：开始转圈"
				    @code("%1$s") @clause("%2$s")
				    agenda-group "%3$s"
				when
				    %4$s
				    not Spin()
				then
				    insert(new Spin(0));
				end

				rule "%1$s-AGAIN 试验：永不停止"
				    @code("%1$s") @clause("%2$s")
				    agenda-group "%3$s"
				when
				    $s : Spin()
				then
				    insert(new Spin($s.getN() + 1));
				end
				""".formatted(code, clause, phase, condition);
	}

	/** The outcomes by subject id; a failed subject fails the test with its reason. */
	public static Map<String, RuleOutcome> outcomes(Iterable<SubjectResult> results) {
		Map<String, RuleOutcome> outcomes = new TreeMap<>();
		for (SubjectResult result : results) {
			if (!result.succeeded()) {
				throw new AssertionError(result.subject().id() + " 评价失败：" + result.failure());
			}
			outcomes.put(result.subject().id(), result.outcome());
		}
		return outcomes;
	}

}
