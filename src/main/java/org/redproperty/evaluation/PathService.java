package org.redproperty.evaluation;

import org.redproperty.facts.Dataset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Service;

/**
 * The path of a stored evaluation's subject to a status: on the facts the evaluation read (through the same
 * {@link EvaluationService#factsOf} replay reads them with), with the ruleset content it used and within the scope it
 * was evaluated in (alone, or within the whole larger subject of a batch).
 */
@Service
public class PathService {

	private final EvaluationService evaluations;

	private final Rulesets rulesets;

	private final PathFinder finder;

	PathService(EvaluationService evaluations, Rulesets rulesets, Evaluator evaluator) {
		this.evaluations = evaluations;
		this.rulesets = rulesets;
		this.finder = new PathFinder(evaluator);
	}

	/** @param target a status of the subject's type, or null for the best one the manifest lists */
	public PathPlan path(String id, String target) {
		Evaluation stored = this.evaluations.find(id);
		Ruleset ruleset = this.rulesets.byHash(stored.scheme(), stored.year(), stored.ruleset().hash())
			.orElseThrow(() -> EvaluationException.unprocessable("RULESET_SNAPSHOT_MISSING",
					"找不到该评价所用的规则集快照 " + stored.ruleset().hash()));
		java.util.List<String> statuses = ruleset.manifest().statuses(stored.subjectType());
		if (statuses.isEmpty()) {
			throw EvaluationException.unprocessable("NO_STATUSES_DECLARED", "规则集 " + ruleset.key() + " 的清单没有列出"
					+ stored.subjectType().labelWithCode() + "可得的状态（statuses），无法确定目标状态");
		}
		String goal = (target == null || target.isBlank()) ? statuses.get(0) : target;
		if (!statuses.contains(goal)) {
			throw EvaluationException.badRequest("UNKNOWN_TARGET_STATUS", "目标状态「" + goal + "」不是规则集 " + ruleset.key()
					+ " 给" + stored.subjectType().labelWithCode() + "的状态，可用的状态：" + String.join("、", statuses));
		}
		Dataset facts = this.evaluations.factsOf(id);
		Subject subject = stored.subject();
		Evaluation.Together together = stored.evaluatedTogether();
		Scope scope = (together == null) ? Scope.of(subject.type(), subject.id())
				: Scope.whole(together.subjectType(), together.subjectId());
		return this.finder.plan(id, ruleset, scope, subject, facts, goal);
	}

}
