package org.redproperty.evaluation.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An exact score: a fraction of two decimals, so that a mean of three inspections or a household-weighted mean
 * compares exactly with another (no rounding in any comparison). {@link #value()} shows it cut (never rounded up)
 * to {@value #SCALE} places, for lines and reasons. {@code exactMean( $i.score() )} is the plain mean of matched
 * numbers, {@code exactSum( $d.points() )} their sum, {@code meanOf( $quarter.score() )} the plain mean of matched exact scores and
 * {@code householdMean( Exact.weigh( $score, $households ) )} a weighted one; each is null when nothing matched.
 */
public final class Exact implements Comparable<Exact> {

	static final int SCALE = 10;

	public static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ONE);

	private final BigDecimal numerator;

	private final BigDecimal denominator;

	private Exact(BigDecimal numerator, BigDecimal denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public static Exact of(Number number) {
		return new Exact((number instanceof BigDecimal d) ? d : new BigDecimal(number.toString()), BigDecimal.ONE);
	}

	public Exact plus(Exact other) {
		return new Exact(this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
				this.denominator.multiply(other.denominator));
	}

	public Exact minus(Number number) {
		return plus(of(number).negate());
	}

	public Exact minus(Exact other) {
		return plus(other.negate());
	}

	/** This score, or zero if it is below zero. */
	public Exact atLeastZero() {
		return (signum() < 0) ? ZERO : this;
	}

	public Exact times(Number number) {
		return new Exact(this.numerator.multiply(of(number).numerator), this.denominator);
	}

	/** The greatest whole number not above this score, e.g. 20% × 24 = 4.8 gives 4. */
	public int floor() {
		return this.numerator.divide(this.denominator, 0, RoundingMode.FLOOR).intValueExact();
	}

	public Exact negate() {
		return new Exact(this.numerator.negate(), this.denominator);
	}

	public int signum() {
		return this.numerator.signum();
	}

	/** Whether this score is at least that of the other, exactly. */
	public boolean atLeast(Exact other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(Exact other) {
		return this.numerator.multiply(other.denominator).compareTo(other.numerator.multiply(this.denominator));
	}

	/** The value cut to ten places, without trailing zeros. */
	public BigDecimal value() {
		BigDecimal value = this.numerator.divide(this.denominator, SCALE, RoundingMode.DOWN).stripTrailingZeros();
		return (value.signum() == 0) ? BigDecimal.ZERO : value;
	}

	/** A score with its weight in a mean, e.g. a project's score weighted by its households. */
	public static Weighed weigh(Exact value, Number weight) {
		return new Weighed(value, of(weight));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Exact exact && compareTo(exact) == 0;
	}

	@Override
	public int hashCode() {
		return value().hashCode();
	}

	@Override
	public String toString() {
		return value().toPlainString();
	}

	static Exact mean(List<Exact> values) {
		if (values.isEmpty()) {
			return null;
		}
		Exact sum = values.stream().reduce(ZERO, Exact::plus);
		return new Exact(sum.numerator, sum.denominator.multiply(BigDecimal.valueOf(values.size())));
	}

	static Exact weightedMean(List<Weighed> values) {
		Exact sum = ZERO;
		Exact weight = ZERO;
		for (Weighed value : values) {
			sum = sum.plus(new Exact(value.value().numerator.multiply(value.weight().numerator),
					value.value().denominator.multiply(value.weight().denominator)));
			weight = weight.plus(value.weight());
		}
		if (weight.signum() <= 0) {
			return null;
		}
		return new Exact(sum.numerator.multiply(weight.denominator), sum.denominator.multiply(weight.numerator));
	}

	/** A value and its weight. */
	public record Weighed(Exact value, Exact weight) {
	}

	/** {@code exactMean( $number )}: the exact plain mean of the matched numbers, null when none matched. */
	public static final class MeanFunction extends Collecting<Number> {

		public MeanFunction() {
			super(Number.class);
		}

		@Override
		Object result(List<Number> values) {
			return mean(values.stream().map(Exact::of).toList());
		}

		@Override
		public Class<?> getResultType() {
			return Exact.class;
		}

	}

	/** {@code exactSum( $number )}: the exact sum of the matched numbers, zero when none matched. */
	public static final class SumFunction extends Collecting<Number> {

		public SumFunction() {
			super(Number.class);
		}

		@Override
		Object result(List<Number> values) {
			return values.stream().map(Exact::of).reduce(ZERO, Exact::plus);
		}

		@Override
		public Class<?> getResultType() {
			return Exact.class;
		}

	}

	/** {@code meanOf( $exact )}: the exact plain mean of the matched exact scores, null when none matched. */
	public static final class MeanOfFunction extends Collecting<Exact> {

		public MeanOfFunction() {
			super(Exact.class);
		}

		@Override
		Object result(List<Exact> values) {
			return mean(values);
		}

		@Override
		public Class<?> getResultType() {
			return Exact.class;
		}

	}

	/** {@code householdMean( Exact.weigh( $score, $weight ) )}: the exact weighted mean, null when none matched. */
	public static final class WeightedMeanFunction extends Collecting<Weighed> {

		public WeightedMeanFunction() {
			super(Weighed.class);
		}

		@Override
		Object result(List<Weighed> values) {
			return weightedMean(values);
		}

		@Override
		public Class<?> getResultType() {
			return Exact.class;
		}

	}

}
