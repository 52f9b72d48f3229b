package org.redproperty.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.redproperty.evaluation.Differences;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.WhatIfReport;

import org.springframework.stereotype.Component;

/** Explains each status change of a job against the previous job of its scope, from the two stored evaluations. */
@Component
class RescoreChanges {

	private final RescoreResults results;

	private final Evaluations evaluations;

	RescoreChanges(RescoreResults results, Evaluations evaluations) {
		this.results = results;
		this.evaluations = evaluations;
	}

	List<RescoreChange> of(RescoreJob job) {
		return of(job, Integer.MAX_VALUE);
	}

	/** The first {@code limit} changes in job order. */
	List<RescoreChange> of(RescoreJob job, int limit) {
		List<RescoreChange> changes = new ArrayList<>();
		if (job.previousJobId() == null) {
			return changes;
		}
		this.results.page(job.id(), new ResultFilter(null, true), 0, limit).forEach((now) -> {
			Optional<RescoreResult> before = this.results.find(job.previousJobId(), now.districtId(),
					now.subjectType(), now.subjectId());
			changes.add(change(now, before.orElse(null)));
		});
		return changes;
	}

	private RescoreChange change(RescoreResult now, RescoreResult before) {
		Evaluation after = evaluation(now);
		Evaluation old = (before != null) ? evaluation(before) : null;
		List<GateResult> oldGates = (old != null) ? old.gates() : List.of();
		List<GateResult> newGates = (after != null) ? after.gates() : List.of();
		List<WhatIfReport.GateChange> gates = Differences.gates(oldGates, newGates);
		return new RescoreChange(now.districtId(), now.subjectType(), now.subjectId(), now.previousStatus(),
				now.status(), (before != null) ? before.totalPoints() : null, now.totalPoints(), gates,
				(old != null && after != null) ? Differences.firedOnlyIn(old.trace(), after.trace()) : List.of(),
				(old != null && after != null) ? Differences.firedOnlyIn(after.trace(), old.trace()) : List.of(),
				reason(now, before, gates), now.evaluationId(), (before != null) ? before.evaluationId() : null);
	}

	private Evaluation evaluation(RescoreResult result) {
		return (result.evaluationId() != null) ? this.evaluations.findById(result.evaluationId()).orElse(null) : null;
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
