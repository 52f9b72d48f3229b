package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * How the causes of one change are found from the outcomes with subsets of the differing factors: the factor that
 * alone makes it, every factor that alone makes it, or the factors that make it only together.
 */
class AttributionTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String KEY = "GATE|HQ-ACT-MIN|";

	private static final OutcomeItems BEFORE = gate(true, 50, 50);

	private static final OutcomeItems AFTER = gate(true, 51, 51);

	@Test
	void theOneDifferingFactorIsTheCauseWithoutEvaluatingAgain() {
		Attribution.Found found = Attribution.causes(List.of(Cause.RULES), KEY, AFTER.get(KEY), (s) -> fail("evaluated"));

		assertThat(found.causes()).containsExactly(Cause.RULES);
		assertThat(found.interaction()).isFalse();
	}

	@Test
	void namesTheFactorThatAloneMakesTheChange() {
		Attribution.Found found = Attribution.causes(List.of(Cause.FACTS, Cause.AS_OF), KEY, AFTER.get(KEY),
				outcomes(Map.of(Set.of(Cause.FACTS), AFTER, Set.of(Cause.AS_OF), BEFORE)));

		assertThat(found.causes()).containsExactly(Cause.FACTS);
		assertThat(found.interaction()).isFalse();
	}

	@Test
	void namesEveryFactorThatAloneMakesTheChange() {
		Attribution.Found found = Attribution.causes(List.of(Cause.FACTS, Cause.RULES), KEY, AFTER.get(KEY),
				outcomes(Map.of(Set.of(Cause.FACTS), AFTER, Set.of(Cause.RULES), AFTER)));

		assertThat(found.causes()).containsExactly(Cause.FACTS, Cause.RULES);
		assertThat(found.interaction()).isFalse();
	}

	@Test
	void reportsAChangeNoSingleFactorMakesAsTheInteractionOfThoseThatMakeItTogether() {
		Attribution.Found found = Attribution.causes(List.of(Cause.FACTS, Cause.RULES, Cause.AS_OF), KEY,
				AFTER.get(KEY),
				outcomes(Map.of(Set.of(Cause.FACTS), gate(true, 50, 51), Set.of(Cause.RULES), gate(false, 51, 50),
						Set.of(Cause.AS_OF), BEFORE, Set.of(Cause.FACTS, Cause.RULES), AFTER,
						Set.of(Cause.FACTS, Cause.AS_OF), BEFORE, Set.of(Cause.RULES, Cause.AS_OF), BEFORE)));

		assertThat(found.causes()).containsExactly(Cause.FACTS, Cause.RULES);
		assertThat(found.interaction()).isTrue();
	}

	@Test
	void aFailedEvaluationMakesNoChange() {
		Attribution.Found found = Attribution.causes(List.of(Cause.FACTS, Cause.RULES), KEY, AFTER.get(KEY),
				(subset) -> null);

		assertThat(found.causes()).containsExactly(Cause.FACTS, Cause.RULES);
		assertThat(found.interaction()).isTrue();
	}

	@Test
	void comparesAGateByItsResultRequiredAndActualValues() {
		assertThat(OutcomeItems.differing(BEFORE, gate(true, 50, 50))).isEmpty();
		assertThat(OutcomeItems.differing(BEFORE, gate(true, 50, 51))).containsExactly(KEY);
		assertThat(OutcomeItems.differing(BEFORE, gate(false, 50, 50))).containsExactly(KEY);
	}

	private static Function<Set<Cause>, OutcomeItems> outcomes(Map<Set<Cause>, OutcomeItems> bySubset) {
		return (subset) -> {
			OutcomeItems items = bySubset.get(subset);
			if (items == null) {
				throw new AssertionError("not expected to evaluate " + subset);
			}
			return items;
		};
	}

	private static OutcomeItems gate(boolean passed, int required, int actual) {
		GateResult gate = new GateResult("P-1", "HQ-ACT-MIN", passed, BigDecimal.valueOf(required),
				BigDecimal.valueOf(actual), BigDecimal.valueOf(Math.max(0, required - actual)), "有效活动", List.of(), "二.2", List.of());
		return OutcomeItems.of(new RuleOutcome(new Status("P-1", "FIVE_STAR", "HQ-STATUS", "理由"), BigDecimal.ZERO,
				null, List.of(), List.of(gate), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), JSON);
	}

}
