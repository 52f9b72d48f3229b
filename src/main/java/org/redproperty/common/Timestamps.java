package org.redproperty.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as SQL parameters for {@code TIMESTAMP(3)} columns. */
public final class Timestamps {

	private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private Timestamps() {
	}

	/**
	 * The time as a literal with milliseconds. Connector/J sends a {@link java.sql.Timestamp} parameter without its
	 * fraction to MariaDB (whose handshake reports version 5.5.5), which broke newest-first lists made within one
	 * second; the server converts the literal to {@code TIMESTAMP(3)} on MariaDB, MySQL and H2 alike.
	 */
	public static String literal(Instant instant) {
		return LITERAL.format(instant.atZone(ZoneId.systemDefault()));
	}

}
