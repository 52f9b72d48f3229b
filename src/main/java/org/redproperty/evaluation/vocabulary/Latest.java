package org.redproperty.evaluation.vocabulary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.redproperty.facts.Indicator;

/**
 * The latest of the indicators a pattern matched: the one measured last (on the same day, the greater id), or none.
 * Only indicators measured on or before the evaluation date exist for the rules, so this is the value as it stood
 * that day.
 */
public final class Latest {

	private static final Latest NONE = new Latest(null);

	private final Indicator indicator;

	private Latest(Indicator indicator) {
		this.indicator = indicator;
	}

	public static Latest of(List<Indicator> indicators) {
		return indicators.stream()
			.max(Comparator.comparing(Indicator::asOf).thenComparing(Indicator::id))
			.map(Latest::new)
			.orElse(NONE);
	}

	public boolean present() {
		return this.indicator != null;
	}

	/** The value, or null when there is none. */
	public BigDecimal value() {
		return present() ? this.indicator.value() : null;
	}

	/** The day it was measured, or null. */
	public LocalDate asOf() {
		return present() ? this.indicator.asOf() : null;
	}

	/** The indicator's id, or null. */
	public String id() {
		return present() ? this.indicator.id() : null;
	}

	/** {@code latest( $indicator )}: the latest of the matched indicators. */
	public static final class Function extends Collecting<Indicator> {

		public Function() {
			super(Indicator.class);
		}

		@Override
		Object result(List<Indicator> values) {
			return Latest.of(values);
		}

		@Override
		public Class<?> getResultType() {
			return Latest.class;
		}

	}

}
