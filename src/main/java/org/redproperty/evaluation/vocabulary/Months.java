package org.redproperty.evaluation.vocabulary;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.redproperty.facts.Dated;

/**
 * The months of one year that have at least one matched record, each with its first record (the smallest id), for
 * a rule like 一月一主题 (every month from January to the evaluation's month has a record).
 */
public final class Months {

	private final TreeMap<Integer, String> firstOfMonth;

	private Months(TreeMap<Integer, String> firstOfMonth) {
		this.firstOfMonth = firstOfMonth;
	}

	static Months of(List<Dated> records) {
		TreeMap<Integer, String> first = new TreeMap<>();
		for (Dated record : records) {
			first.merge(record.date().getMonthValue(), record.id(), (a, b) -> (a.compareTo(b) <= 0) ? a : b);
		}
		return new Months(first);
	}

	/**
	 * The last month of {@code year} that must have a record on {@code asOf}: asOf's month within that year, every
	 * month after it, none before it.
	 */
	public static int lastRequired(int year, LocalDate asOf) {
		if (asOf.getYear() > year) {
			return Month.DECEMBER.getValue();
		}
		return (asOf.getYear() < year) ? 0 : asOf.getMonthValue();
	}

	/** How many of the months 1 to {@code last} have a record. */
	public int covered(int last) {
		return this.firstOfMonth.headMap(last + 1).size();
	}

	/** The months 1 to {@code last} without a record, as {@code 2月、5月} (empty when none). */
	public String missing(int last) {
		List<String> missing = new ArrayList<>();
		for (int month = 1; month <= last; month++) {
			if (!this.firstOfMonth.containsKey(month)) {
				missing.add(month + "月");
			}
		}
		return String.join("、", missing);
	}

	/**
	 * The months 1 to {@code last} of {@code year} without a record, as {@code 2023-03}: the units a gate lacks
	 * ({@code outcome.atLeast(…, missing)}), one new record each.
	 */
	public List<String> missingMonths(int year, int last) {
		List<String> missing = new ArrayList<>();
		for (int month = 1; month <= last; month++) {
			if (!this.firstOfMonth.containsKey(month)) {
				missing.add(java.time.YearMonth.of(year, month).toString());
			}
		}
		return missing;
	}

	/** The first record of each month 1 to {@code last} that has one: the evidence. */
	public List<String> firstRecords(int last) {
		return this.firstOfMonth.headMap(last + 1).values().stream().collect(Collectors.toList());
	}

	/** {@code months( $record )}: the months of the matched dated records. */
	public static final class Function extends Collecting<Dated> {

		public Function() {
			super(Dated.class);
		}

		@Override
		Object result(List<Dated> values) {
			return Months.of(values);
		}

		@Override
		public Class<?> getResultType() {
			return Months.class;
		}

	}

}
