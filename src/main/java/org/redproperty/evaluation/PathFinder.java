package org.redproperty.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.redproperty.facts.Dataset;
import org.redproperty.ruleset.Remedies;
import org.redproperty.ruleset.Remedy;
import org.redproperty.ruleset.Ruleset;

/**
 * Finds the path of a subject to a status from what the rules report and what the manifest's {@code remedies}
 * declare, and verifies it through the one {@link Evaluator}. Each failed gate becomes a step by its remedy:
 * records whose every defect is fixable are fixed before new records are made, one per unit of the gap; a gate
 * without a remedy, or declared a blocker, or a window that has passed, is a blocker. A rank the rules gave becomes a
 * step when the status is still not reached: the subject's score is raised until it passes the last place that earns
 * the status. The facts with every step applied are then evaluated with the same ruleset, scope and asOf; when the
 * target is not reached although nothing blocks, the planner adds one more record at a time (up to
 * {@link #EXTRA_TRIES}) before it answers that it found no plan. Plain Java without Spring, like the evaluator.
 */
public final class PathFinder {

	/** How many records beyond the gap the planner tries, one at a time, when the first plan is not accepted. */
	static final int EXTRA_TRIES = 3;

	private final Evaluator evaluator;

	public PathFinder(Evaluator evaluator) {
		this.evaluator = evaluator;
	}

	/**
	 * The path of {@code subject}, evaluated within {@code scope} on {@code facts} (those its evaluation read), to
	 * {@code target}.
	 */
	public PathPlan plan(String evaluationId, Ruleset ruleset, Scope scope, Subject subject, Dataset facts,
			String target) {
		Remedies remedies = ruleset.manifest().remedies();
		LocalDate windowEnd = (remedies.window() != null) ? ruleset.parameters().date(remedies.window()) : null;
		Integer daysLeft = (windowEnd == null) ? null
				: (int) Math.max(0, ChronoUnit.DAYS.between(subject.asOf(), windowEnd));
		PathSteps paths = new PathSteps(this, ruleset, scope, subject,
				windowEnd != null && subject.asOf().isAfter(windowEnd), windowEnd);
		RuleOutcome now = outcome(ruleset, scope, subject, facts);
		String status = now.status().value();
		if (status.equals(target)) {
			return new PathPlan(evaluationId, subject.id(), subject.asOf(), status, target, true, List.of(), List.of(),
					daysLeft, windowEnd, true, status, "已是 " + target + "，无须补正");
		}
		Hypothesis facts2 = new Hypothesis(facts);
		List<PathPlan.Step> steps = new ArrayList<>();
		List<PathPlan.Blocker> blockers = new ArrayList<>();
		for (GateResult gate : now.gates()) {
			if (!gate.passed()) {
				PathPlan.Step step = paths.gate(gate, now, facts2);
				steps.add(step);
				if (!step.fixable()) {
					blockers.add(new PathPlan.Blocker(gate.code(), step.reason()));
				}
			}
		}
		RuleOutcome after = outcome(ruleset, scope, subject, facts2.dataset());
		if (!after.status().value().equals(target)) {
			for (Rank rank : after.ranks()) {
				Remedy remedy = remedies.rank(rank.code()).orElse(null);
				if (remedy != null) {
					PathPlan.Step step = paths.rank(rank, remedy, target, facts2);
					steps.add(step);
					if (!step.fixable()) {
						blockers.add(new PathPlan.Blocker(rank.code(), step.reason()));
					}
				}
			}
			after = outcome(ruleset, scope, subject, facts2.dataset());
		}
		for (int extra = 1; blockers.isEmpty() && !after.status().value().equals(target) && extra <= EXTRA_TRIES; extra++) {
			if (!paths.oneMore(steps, facts2)) {
				break;
			}
			after = outcome(ruleset, scope, subject, facts2.dataset());
		}
		String reached = after.status().value();
		boolean reachable = reached.equals(target);
		boolean verified = reachable || !blockers.isEmpty();
		return new PathPlan(evaluationId, subject.id(), subject.asOf(), status, target, reachable, List.copyOf(steps),
				List.copyOf(blockers), daysLeft, windowEnd, verified, reached,
				summary(target, reachable, verified, reached, steps, blockers));
	}

	/** The subject's outcome on these facts, evaluated as its evaluation was; a failure is thrown. */
	RuleOutcome outcome(Ruleset ruleset, Scope scope, Subject subject, Dataset facts) {
		return result(this.evaluator.evaluate(ruleset, scope, subject.asOf(), subject.period(), facts), subject).outcome();
	}

	/** Every outcome of the scope on these facts, for a rank among the others. */
	List<SubjectResult> outcomes(Ruleset ruleset, Scope scope, Subject subject, Dataset facts) {
		List<SubjectResult> results = this.evaluator.evaluate(ruleset, scope, subject.asOf(), subject.period(), facts);
		result(results, subject);
		return results;
	}

	private static SubjectResult result(List<SubjectResult> results, Subject subject) {
		SubjectResult result = results.stream()
			.filter((r) -> r.subject().type() == subject.type() && r.subject().id().equals(subject.id()))
			.findFirst()
			.orElseThrow(() -> new EvaluationFailedException("NO_STATUS", "评价范围中没有评价对象 " + subject.id()));
		if (!result.succeeded()) {
			throw EvaluationFailedException.of(result);
		}
		return result;
	}

	private static String summary(String target, boolean reachable, boolean verified, String reached,
			List<PathPlan.Step> steps, List<PathPlan.Blocker> blockers) {
		if (reachable) {
			return "按以下 " + steps.size() + " 步补正可评为 " + target + "：" + steps.stream()
				.map(PathPlan.Step::action)
				.collect(Collectors.joining("；")) + "（已按同一规则集、同一评价日核验）";
		}
		if (verified) {
			return "不能评为 " + target + "：" + blockers.stream().map(PathPlan.Blocker::reason).collect(Collectors.joining("；"))
					+ "（其余各项补正后核验，评价为 " + reached + "）";
		}
		return "没有找到规则认可的补正办法：按以下各步补正后核验，评价仍为 " + reached + "，不是 " + target;
	}

}
