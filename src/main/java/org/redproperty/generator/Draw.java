package org.redproperty.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Draws from one random stream: chances, whole numbers, dates, decimals. */
final class Draw {

	private final SplittableRandom random;

	Draw(SplittableRandom random) {
		this.random = random;
	}

	SplittableRandom random() {
		return this.random;
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A whole number from {@code from} to {@code to}, both included. */
	int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	/** A day from {@code from} to {@code to}, both included. */
	LocalDate day(LocalDate from, LocalDate to) {
		return from.plusDays(this.random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
	}

	/** A decimal from {@code from} to {@code to} with {@code scale} digits after the point. */
	BigDecimal decimal(double from, double to, int scale) {
		long unit = (long) Math.pow(10, scale);
		long low = Math.round(from * unit);
		long high = Math.round(to * unit);
		return BigDecimal.valueOf(low + this.random.nextLong(high - low + 1), scale);
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
