package org.redproperty.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTests {

	private final Outcome outcome = new Outcome();

	@Test
	void meetsARatioExactlyAtTheTarget() {
		GateResult gate = this.outcome.ratioAtLeast("D1", 39, 50, 0.78, "占比", List.of());

		assertThat(gate.passed()).isTrue();
		assertThat(gate.actual()).isEqualByComparingTo("0.78");
		assertThat(gate.gap()).isEqualByComparingTo("0");
	}

	@Test
	void missesARatioJustBelowTheTargetWithoutRoundingItUp() {
		GateResult gate = this.outcome.ratioAtLeast("D1", 77_999, 100_000, 0.78, "占比", List.of());

		assertThat(gate.passed()).isFalse();
		assertThat(gate.actual()).isEqualByComparingTo("0.78");
		assertThat(gate.reason()).contains("77999/100000");
	}

	@Test
	void failsARatioOverNothing() {
		GateResult gate = this.outcome.ratioAtLeast("D1", 0, 0, 0.9, "占比", List.of());

		assertThat(gate.passed()).isFalse();
		assertThat(gate.gap()).isEqualByComparingTo("0.9");
	}

	@Test
	void reportsTheGapOfACountGate() {
		GateResult gate = this.outcome.atLeast("P1", 49, 50, "有效记录数", "A1");

		assertThat(gate.passed()).isFalse();
		assertThat(gate.gap()).isEqualByComparingTo("1");
		assertThat(gate.reason()).isEqualTo("有效记录数：实际 49，要求不少于 50，差 1");
		assertThat(gate.evidence()).containsExactly("A1");
	}

	@Test
	void sortsAndDeduplicatesEvidence() {
		ScoreLine line = this.outcome.points("P1", 2, "理由", "B", "A", "B");

		assertThat(line.evidence()).containsExactly("A", "B");
	}

}
