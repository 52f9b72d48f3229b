package org.redproperty.evaluation.vocabulary;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact scores: means that do not terminate compare exactly, and show cut to ten places. */
class ExactTests {

	@Test
	void keepsAMeanOfThreeExactAndShowsItCut() {
		Exact mean = Exact.mean(List.of(Exact.of(80), Exact.of(81), Exact.of(81)));

		assertThat(mean.value()).isEqualByComparingTo("80.6666666666");
		assertThat(mean).isEqualTo(Exact.mean(List.of(Exact.of(new BigDecimal("80.5")), Exact.of(new BigDecimal("80.5")),
				Exact.of(81))));
		assertThat(mean.compareTo(Exact.of(new BigDecimal("80.6666666666")))).as("above its cut value").isPositive();
	}

	@Test
	void weighsByHouseholds() {
		Exact weighted = Exact.weightedMean(List.of(Exact.weigh(Exact.of(90), 100), Exact.weigh(Exact.of(80), 300)));

		assertThat(weighted.value()).isEqualByComparingTo("82.5");
		assertThat(Exact.weightedMean(List.of())).isNull();
		assertThat(Exact.mean(List.of())).isNull();
	}

	@Test
	void subtractsNeverBelowZeroAndFloors() {
		assertThat(Exact.of(5).minus(10).atLeastZero()).isEqualTo(Exact.ZERO);
		assertThat(Exact.of(5).minus(Exact.of(5)).atLeastZero().value()).isEqualByComparingTo("0");
		assertThat(Exact.of(new BigDecimal("0.2")).times(24).floor()).isEqualTo(4);
		assertThat(Exact.of(new BigDecimal("0.2")).times(25).floor()).isEqualTo(5);
	}

}
