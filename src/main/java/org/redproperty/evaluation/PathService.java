package org.redproperty.evaluation;

import java.util.List;

import org.redproperty.facts.Dataset;
import org.redproperty.ruleset.Ruleset;

import org.springframework.stereotype.Service;

/**
 * The path of a stored evaluation's subject to a status: on the facts the evaluation read (through the same
 * {@link EvaluationService#factsOf} replay reads them with), with the ruleset content it used and within the scope it
 * was evaluated in (alone, or within the whole larger subject of a batch).
 */
@Service
public class PathService {

	private final EvaluationService evaluations;

	private final PathFinder finder;

	PathService(EvaluationService evaluations, Evaluator evaluator) {
		this.evaluations = evaluations;
		this.finder = new PathFinder(evaluator);
	}

	/** The statuses the stored evaluation's subject can get under the ruleset it used, best first: the targets of a path. */
	public List<String> targets(String id) {
		Evaluation stored = this.evaluations.find(id);
		return this.evaluations.rulesetOf(stored).manifest().statuses(stored.subjectType());
	}

	/** @param target a status of the subject's type, or null for the best one the manifest lists */
	public PathPlan path(String id, String target) {
		Evaluation stored = this.evaluations.find(id);
		Ruleset ruleset = this.evaluations.rulesetOf(stored);
		List<String> statuses = ruleset.manifest().statuses(stored.subjectType());
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
