package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.redproperty.ruleset.PeriodCode;

/**
 * The period an evaluation is for, inserted into every session of a scheme that declares periods: a quarter of the
 * scheme year or the whole year, with its first and last day. Rules read {@code Period( $first : first, $last :
 * last )} and ask {@code contains(date)} and {@code endedBy(asOf)}; a period of the year is one of its
 * {@link #quarters()}.
 */
public record Period(String code, String label, int year, LocalDate first, LocalDate last) {

	public static Period of(PeriodCode code, int year) {
		return new Period(code.name(), code.label(), year, code.first(year), code.last(year));
	}

	/** Whether the day falls in the period, its first and last day included. */
	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	/** Whether the period has ended on that day: its last day is on or before it. */
	public boolean endedBy(LocalDate day) {
		return !this.last.isAfter(day);
	}

	public boolean wholeYear() {
		return PeriodCode.YEAR.name().equals(this.code);
	}

	/** The quarters the period spans: the four of the year for the whole year, else the quarter itself. */
	public List<Period> quarters() {
		return wholeYear() ? Arrays.stream(PeriodCode.values()).filter(PeriodCode::quarter)
			.map((quarter) -> of(quarter, this.year))
			.toList() : List.of(this);
	}

	/** The code and label, e.g. {@code Q1 第一季度}. */
	@Override
	public String toString() {
		return this.code + " " + this.label;
	}

}
