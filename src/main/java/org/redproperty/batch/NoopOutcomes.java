package org.redproperty.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Status;

/**
 * For the benchmark of the I/O floor ({@code app.rescore.noop-rules}): an empty outcome for every subject, so that
 * a job reads the same facts and writes the same number of results without evaluating a rule.
 */
final class NoopOutcomes {

	private NoopOutcomes() {
	}

	static Map<String, RuleOutcome> of(List<SubjectRef> subjects) {
		return subjects.stream()
			.collect(Collectors.toMap(SubjectRef::id, (subject) -> new RuleOutcome(
					new Status(subject.id(), "NOOP", "NOOP", "未评价（基准测试：不运行规则）"), BigDecimal.ZERO, null,
					List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), (a, b) -> a));
	}

}
