package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts a subject's outcome together from what the two steps of an evaluation wrote about it: its results, its one
 * status, its points, rank and the firings that concern it, numbered from 1.
 */
final class Outcomes {

	private Outcomes() {
	}

	static SubjectResult of(Subject subject, Session.Concluded first, Session.Concluded second) {
		List<Result> results = new ArrayList<>();
		List<Session.Firing> firings = new ArrayList<>();
		for (Session.Concluded step : new Session.Concluded[] { first, second }) {
			if (step != null) {
				results.addAll(about(step.results(), subject.id()));
				step.firings().stream().filter((f) -> f.subjects().contains(subject.id())).forEach(firings::add);
			}
		}
		List<Status> statuses = of(results, Status.class);
		if (statuses.isEmpty()) {
			String fired = firings.stream().map(Session.Firing::code).distinct().sorted().collect(Collectors.joining("、"));
			return SubjectResult.failed(subject, "NO_STATUS", "规则集没有为评价对象 " + subject.id() + " 给出评价结果状态"
					+ (fired.isEmpty() ? "（没有一条规则对它触发）" : "（对它触发的规则：" + fired + "，其中没有给出状态的）"));
		}
		if (statuses.size() > 1) {
			return SubjectResult.failed(subject, "TWO_STATUSES", "规则集为评价对象 " + subject.id() + " 给出了 " + statuses.size()
					+ " 个状态，只能有一个："
					+ statuses.stream().map((s) -> s.value() + "（规则 " + s.code() + "）").collect(Collectors.joining("、")));
		}
		List<ScoreLine> lines = of(results, ScoreLine.class);
		List<Rank> ranks = of(results, Rank.class);
		List<TraceEntry> trace = new ArrayList<>(firings.size());
		firings.forEach((f) -> trace.add(new TraceEntry(trace.size() + 1, f.rule(), f.code(), f.facts())));
		return SubjectResult.of(subject, new RuleOutcome(statuses.get(0), total(lines),
				ranks.isEmpty() ? null : ranks.get(ranks.size() - 1).rank(), lines,
				of(results, GateResult.class).stream().sorted(Comparator.comparing(GateResult::code)).toList(),
				of(results, Finding.class), of(results, ProposedDeduction.class), of(results, Award.class),
				List.copyOf(trace), of(results, Defect.class), ranks));
	}

	/** What the first step concluded about a project or company, for the rules of the second. */
	static Evaluated evaluated(Subject unit, List<Result> results) {
		List<Status> statuses = of(results, Status.class);
		return new Evaluated(unit.type(), unit.id(), (statuses.size() == 1) ? statuses.get(0).value() : null,
				total(of(results, ScoreLine.class)));
	}

	static boolean statusless(Session.Concluded step, String subjectId) {
		return of(about(step.results(), subjectId), Status.class).isEmpty();
	}

	static List<Result> about(List<Result> results, String subjectId) {
		return results.stream().filter((r) -> subjectId.equals(r.subjectId())).toList();
	}

	private static BigDecimal total(List<ScoreLine> lines) {
		return lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static <T> List<T> of(List<Result> results, Class<T> type) {
		return results.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
