package org.redproperty.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.RuleOutcome;

/**
 * What one district of a job writes in its transaction: its evaluations, each prepared for storing (deflated) as
 * soon as it is made, so that the district's evaluations are not held whole until the write, and result rows.
 */
final class Written {

	private final RescoreJob job;

	private final String district;

	private final Map<String, String> previous;

	private final List<RescoreResult> rows = new ArrayList<>();

	private final List<Evaluations.Prepared> evaluations = new ArrayList<>();

	Written(RescoreJob job, String district, Map<String, String> previous) {
		this.job = job;
		this.district = district;
		this.previous = previous;
	}

	void evaluated(SubjectRef subject, Evaluation evaluation, Evaluations.Prepared prepared, RuleOutcome outcome) {
		String status = outcome.status().value();
		String before = this.previous.get(subject.key());
		this.rows.add(new RescoreResult(this.district, subject.type(), subject.id(), status, outcome.totalPoints(),
				outcome.rank(), before, changed(before, status), evaluation.id(), null));
		this.evaluations.add(prepared);
	}

	void failed(SubjectRef subject, String code, String message) {
		String before = this.previous.get(subject.key());
		this.rows.add(new RescoreResult(this.district, subject.type(), subject.id(), null, null, null, before,
				changed(before, null), null, new RescoreResult.Error(code, message)));
	}

	/** Changed when a previous job exists and the status differs from the one it gave (or it had none). */
	private boolean changed(String before, String now) {
		return this.job.previousJobId() != null && !Objects.equals(before, now);
	}

	String jobId() {
		return this.job.id();
	}

	String district() {
		return this.district;
	}

	List<RescoreResult> rows() {
		return this.rows;
	}

	List<Evaluations.Prepared> evaluations() {
		return this.evaluations;
	}

}
