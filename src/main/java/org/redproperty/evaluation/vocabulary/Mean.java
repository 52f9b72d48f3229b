package org.redproperty.evaluation.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.redproperty.facts.Weighted;

/**
 * A mean of matched values: {@code mean( $a.total() )} is the plain mean, {@code weightedMean( $survey )} weighs
 * each value by its weight (a survey's score by its respondents). The value is cut (never rounded up) to four
 * decimal places, so that a mean just under a threshold never meets it. With nothing matched, or a total weight of
 * zero, the mean is zero and {@link #empty()} says so.
 */
public final class Mean {

	static final int SCALE = 4;

	private final BigDecimal value;

	private final int count;

	private final BigDecimal weight;

	private final BigDecimal plain;

	private Mean(BigDecimal value, int count, BigDecimal weight, BigDecimal plain) {
		this.value = value;
		this.count = count;
		this.weight = weight;
		this.plain = plain;
	}

	static Mean plain(List<BigDecimal> values) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = values.isEmpty() ? BigDecimal.ZERO
				: sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.DOWN);
		return new Mean(mean.stripTrailingZeros(), values.size(), BigDecimal.valueOf(values.size()), mean.stripTrailingZeros());
	}

	static Mean weighted(List<Weighted> values) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weight = BigDecimal.ZERO;
		for (Weighted value : values) {
			weighted = weighted.add(value.value().multiply(value.weight()));
			weight = weight.add(value.weight());
		}
		BigDecimal mean = (weight.signum() > 0) ? weighted.divide(weight, SCALE, RoundingMode.DOWN) : BigDecimal.ZERO;
		return new Mean(mean.stripTrailingZeros(), values.size(), weight,
				plain(values.stream().map(Weighted::value).toList()).value());
	}

	/** The mean, cut to four places. */
	public BigDecimal value() {
		return this.value;
	}

	/** How many values were matched. */
	public int count() {
		return this.count;
	}

	/** The total weight (for a plain mean, the count). */
	public BigDecimal weight() {
		return this.weight;
	}

	/** The plain mean of the values, whatever their weights. */
	public BigDecimal plainValue() {
		return this.plain;
	}

	/** Whether there was nothing to average: no value, or a total weight of zero. */
	public boolean empty() {
		return this.weight.signum() == 0;
	}

	@Override
	public String toString() {
		return this.value.toPlainString();
	}

	/** {@code mean( $number )}: the plain mean of the matched numbers. */
	public static final class Function extends Collecting<BigDecimal> {

		public Function() {
			super(BigDecimal.class);
		}

		@Override
		Object result(List<BigDecimal> values) {
			return Mean.plain(values);
		}

		@Override
		public Class<?> getResultType() {
			return Mean.class;
		}

	}

	/** {@code weightedMean( $weighted )}: the mean of the matched values weighted by their weights. */
	public static final class WeightedFunction extends Collecting<Weighted> {

		public WeightedFunction() {
			super(Weighted.class);
		}

		@Override
		Object result(List<Weighted> values) {
			return Mean.weighted(values);
		}

		@Override
		public Class<?> getResultType() {
			return Mean.class;
		}

	}

}
