package org.redproperty.facts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A past point of the facts' record, as a request names it: a revision number ({@code "knownAt": 12}) or an
 * instant ({@code "knownAt": "2023-10-31T23:59:59+08:00"}), meaning the facts as they were recorded then.
 */
public record KnownAt(Long revision, Instant instant) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static KnownAt of(JsonNode value) {
		if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
			return new KnownAt(value.asLong(), null);
		}
		if (value.isTextual()) {
			try {
				return new KnownAt(null, OffsetDateTime.parse(value.asText()).toInstant());
			}
			catch (DateTimeParseException ex) {
				// refused below
			}
		}
		throw new IllegalArgumentException("knownAt 应为修订版本号（非负整数）或带时区的时刻（如 2023-10-31T23:59:59+08:00），实际是 " + value);
	}

	@JsonValue
	Object value() {
		return (this.revision != null) ? this.revision : this.instant.toString();
	}

}
