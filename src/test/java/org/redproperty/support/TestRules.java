package org.redproperty.support;

import java.util.Map;
import java.util.TreeMap;

import org.redproperty.evaluation.EvaluationRuleApi;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.evaluation.FolderTests;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.SubjectResult;
import org.redproperty.ruleset.RulesetFolders;
import org.redproperty.ruleset.RulesetTests;

/** The one evaluator and ruleset folders that run their own tests on it, as the service builds them, without Spring. */
public final class TestRules {

	public static final Evaluator EVALUATOR = new Evaluator(200_000, 5000);

	private TestRules() {
	}

	/** Folders checked on everything, their own tests included. */
	public static RulesetFolders folders() {
		return new RulesetFolders(new FolderTests(EVALUATOR), EvaluationRuleApi.INSTANCE);
	}

	/** Folders checked on everything but their own tests. */
	public static RulesetFolders foldersWithoutTests() {
		return new RulesetFolders(RulesetTests.NONE, EvaluationRuleApi.INSTANCE);
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
