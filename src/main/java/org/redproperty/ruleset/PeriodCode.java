package org.redproperty.ruleset;

import java.time.LocalDate;

/**
 * The periods a scheme may declare in its manifest ({@code periods: [Q1, Q2, Q3, Q4, YEAR]}): the four quarters of
 * the scheme year (临沂：每季度量化考核) and the whole year (每年发布一次). Which of them a scheme has is the
 * manifest's choice; what a quarter is, is the calendar's.
 */
public enum PeriodCode {

	Q1("第一季度", 1, 3), Q2("第二季度", 4, 6), Q3("第三季度", 7, 9), Q4("第四季度", 10, 12), YEAR("全年", 1, 12);

	private final String label;

	private final int firstMonth;

	private final int lastMonth;

	PeriodCode(String label, int firstMonth, int lastMonth) {
		this.label = label;
		this.firstMonth = firstMonth;
		this.lastMonth = lastMonth;
	}

	public String label() {
		return this.label;
	}

	/** The first day of the period in that year. */
	public LocalDate first(int year) {
		return LocalDate.of(year, this.firstMonth, 1);
	}

	/** The last day of the period in that year. */
	public LocalDate last(int year) {
		LocalDate month = LocalDate.of(year, this.lastMonth, 1);
		return month.withDayOfMonth(month.lengthOfMonth());
	}

	public boolean quarter() {
		return this != YEAR;
	}

	/** The code named, or null when no period has it. */
	public static PeriodCode of(String code) {
		for (PeriodCode period : values()) {
			if (period.name().equals(code)) {
				return period;
			}
		}
		return null;
	}

}
