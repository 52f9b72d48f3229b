package org.redproperty.rules.hongqi365;

import java.util.List;

import org.redproperty.evaluation.Finding;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.ScoreLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions shared by the 红齐365 rule tests. */
final class Hongqi365Assertions {

	private Hongqi365Assertions() {
	}

	/** A gate with its verdict and its required, actual and gap values, compared as decimals. */
	static void assertGate(GateResult gate, boolean passed, String required, String actual, String gap) {
		assertThat(gate).as("gate").isNotNull();
		assertThat(gate.passed()).as("%s passed: %s", gate.code(), gate.reason()).isEqualTo(passed);
		assertThat(gate.required()).as("%s required", gate.code()).isEqualByComparingTo(required);
		assertThat(gate.actual()).as("%s actual", gate.code()).isEqualByComparingTo(actual);
		assertThat(gate.gap()).as("%s gap", gate.code()).isEqualByComparingTo(gap);
	}

	/** The records behind the score lines. */
	static List<String> pointEvidence(RuleOutcome outcome) {
		return outcome.lines().stream().flatMap((ScoreLine line) -> line.evidence().stream()).toList();
	}

	/** The HQ-ACT-VALID finding that lists why the record does not count. */
	static Finding rejection(RuleOutcome outcome, String recordId) {
		return outcome.findings()
			.stream()
			.filter((f) -> f.code().equals("HQ-ACT-VALID") && f.evidence().equals(List.of(recordId)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no HQ-ACT-VALID finding for " + recordId + " in "
					+ outcome.findings()));
	}

	/** The records listed as not counted. */
	static List<String> rejectedIds(RuleOutcome outcome) {
		return outcome.findings()
			.stream()
			.filter((f) -> f.code().equals("HQ-ACT-VALID"))
			.flatMap((f) -> f.evidence().stream())
			.toList();
	}

}
