package org.redproperty.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.redproperty.evaluation.DiffService;
import org.redproperty.evaluation.Differences;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.EvaluationDiff;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.WhatIfReport;

import org.springframework.stereotype.Component;

/**
 * Explains each status change of a job against the previous job of its scope, from the two stored evaluations,
 * with the causes the diff of the two attributes to it. A page reads its rows, the previous job's rows and the
 * stored evaluations of both in one query each, and evaluates each district again once per set of factors.
 */
@Component
class RescoreChanges {

	private final RescoreResults results;

	private final Evaluations evaluations;

	private final DiffService diffs;

	RescoreChanges(RescoreResults results, Evaluations evaluations, DiffService diffs) {
		this.results = results;
		this.evaluations = evaluations;
		this.diffs = diffs;
	}

	List<RescoreChange> of(RescoreJob job) {
		return of(job, Integer.MAX_VALUE);
	}

	/** The first {@code limit} changes in job order. */
	List<RescoreChange> of(RescoreJob job, int limit) {
		return page(job, 0, limit);
	}

	/** One page of the changes in job order. */
	List<RescoreChange> page(RescoreJob job, int page, int size) {
		if (job.previousJobId() == null) {
			return List.of();
		}
		List<RescoreResult> rows = this.results.page(job.id(), new ResultFilter(null, true), page, size);
		Map<String, RescoreResult> previous = this.results.matching(job.previousJobId(), rows);
		List<RescoreResult> befores = rows.stream().map((now) -> previous.get(key(now))).toList();
		Map<String, Evaluations.Stored> stored = this.evaluations.findAll(Stream.concat(rows.stream(), befores.stream())
			.filter(Objects::nonNull)
			.map(RescoreResult::evaluationId)
			.filter(Objects::nonNull)
			.toList());
		List<DiffService.Pair> pairs = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			DiffService.Pair pair = pair(stored, befores.get(i), rows.get(i));
			if (pair != null) {
				pairs.add(pair);
			}
		}
		Map<String, EvaluationDiff> diffs = new HashMap<>();
		List<EvaluationDiff> answered = this.diffs.between(pairs);
		for (int i = 0; i < pairs.size(); i++) {
			diffs.put(pairs.get(i).to().evaluation().id(), answered.get(i));
		}
		List<RescoreChange> changes = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			RescoreResult now = rows.get(i);
			RescoreResult before = befores.get(i);
			changes.add(change(now, before, evaluation(stored, now), evaluation(stored, before),
					(now.evaluationId() != null) ? diffs.get(now.evaluationId()) : null));
		}
		return changes;
	}

	private static DiffService.Pair pair(Map<String, Evaluations.Stored> stored, RescoreResult before,
			RescoreResult now) {
		Evaluations.Stored from = (before != null && before.evaluationId() != null) ? stored.get(before.evaluationId())
				: null;
		Evaluations.Stored to = (now.evaluationId() != null) ? stored.get(now.evaluationId()) : null;
		return (from != null && to != null && from.read() != null && to.read() != null) ? new DiffService.Pair(from, to)
				: null;
	}

	private static Evaluation evaluation(Map<String, Evaluations.Stored> stored, RescoreResult result) {
		Evaluations.Stored found = (result != null && result.evaluationId() != null) ? stored.get(result.evaluationId())
				: null;
		return (found != null) ? found.evaluation() : null;
	}

	private static String key(RescoreResult row) {
		return row.districtId() + "/" + RescoreResults.key(row.subjectType(), row.subjectId());
	}

	private static RescoreChange change(RescoreResult now, RescoreResult before, Evaluation after, Evaluation old,
			EvaluationDiff diff) {
		List<GateResult> oldGates = (old != null) ? old.gates() : List.of();
		List<GateResult> newGates = (after != null) ? after.gates() : List.of();
		List<WhatIfReport.GateChange> gates = Differences.gates(oldGates, newGates);
		EvaluationDiff.Change status = (diff != null) ? diff.changes().stream()
			.filter((c) -> c.kind() == EvaluationDiff.ChangeKind.STATUS)
			.findFirst()
			.orElse(null) : null;
		return new RescoreChange(now.districtId(), now.subjectType(), now.subjectId(), now.previousStatus(),
				now.status(), (before != null) ? before.totalPoints() : null, now.totalPoints(), gates,
				(old != null && after != null) ? Differences.firedOnlyIn(old.trace(), after.trace()) : List.of(),
				(old != null && after != null) ? Differences.firedOnlyIn(after.trace(), old.trace()) : List.of(),
				reason(now, before, gates), now.evaluationId(), (before != null) ? before.evaluationId() : null,
				(status != null) ? status.causes() : List.of(), status != null && status.interaction(),
				(status != null) ? status.facts() : List.of(), (status != null) ? status.rules() : List.of(),
				(status != null) ? status.reason() : null);
	}

	/** 由「A」变为「B」, then what explains it: the newly failed gates, else the newly passed ones, else the error. */
	static String reason(RescoreResult now, RescoreResult before, List<WhatIfReport.GateChange> gates) {
		String from = (before == null) ? "上次未评价" : describe(before);
		String head = "由「" + from + "」变为「" + describe(now) + "」";
		if (now.error() != null) {
			return head + "：" + now.error().message();
		}
		List<String> failed = gatesNow(gates, false);
		if (!failed.isEmpty()) {
			return head + "：未通过 " + String.join("；", failed);
		}
		List<String> passed = gatesNow(gates, true);
		if (!passed.isEmpty()) {
			return head + "：现已通过 " + String.join("；", passed);
		}
		return head;
	}

	/** The gates that now pass (or now fail), each as its code and its Chinese reason. */
	private static List<String> gatesNow(List<WhatIfReport.GateChange> gates, boolean passed) {
		return gates.stream()
			.filter((g) -> Boolean.valueOf(passed).equals(g.newPassed()))
			.map((g) -> g.code() + " " + Objects.requireNonNullElse(g.newReason(), ""))
			.toList();
	}

	private static String describe(RescoreResult result) {
		return (result.status() != null) ? result.status() : "评价失败";
	}

}
