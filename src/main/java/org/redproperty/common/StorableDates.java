package org.redproperty.common;

import java.time.LocalDate;

/**
 * The dates the service takes, in requests and in imported facts: 1900-01-01 to 9999-12-31. Both databases store
 * them exactly (MariaDB's {@code DATE} turns year 0 and negative years into other days, and cannot hold a
 * five-digit year), and no date of the policy domain lies outside them.
 */
public final class StorableDates {

	public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

	private StorableDates() {
	}

	public static boolean contains(LocalDate date) {
		return !date.isBefore(MIN) && !date.isAfter(MAX);
	}

	/** The range in words, for messages: "1900-01-01 到 9999-12-31". */
	public static String range() {
		return MIN + " 到 " + MAX;
	}

}
