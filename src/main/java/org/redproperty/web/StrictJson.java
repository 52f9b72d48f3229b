package org.redproperty.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.redproperty.common.StorableDates;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read strictly. Jackson's own features, set in {@code application.properties}
 * ({@code spring.jackson.parser.strict-duplicate-detection}, {@code …deserialization.fail-on-trailing-tokens},
 * {@code …accept-float-as-int=false}, {@code …use-big-decimal-for-floats}, {@code …mapper.allow-coercion-of-scalars=false}),
 * refuse a repeated key, content after the document, a fraction for an integer and a number for a string; this
 * adds a number is not taken for a text either (Jackson's coercion config: {@code allow-coercion-of-scalars} leaves
 * that one open), and the one thing Jackson has no feature for: a date is a {@code yyyy-MM-dd} text within {@link StorableDates}
 * (Jackson's own reader takes a number as a count of days since 1970 and any year up to 999999999).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer storableDates() {
		return (builder) -> builder.deserializerByType(LocalDate.class, new DateDeserializer())
			.postConfigurer((mapper) -> mapper.coercionConfigFor(LogicalType.Textual)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	/** A date as text, {@code yyyy-MM-dd}, from 1900-01-01 to 9999-12-31. */
	static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

		DateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getText();
			try {
				LocalDate date = LocalDate.parse(text);
				if (StorableDates.contains(date)) {
					return date;
				}
			}
			catch (DateTimeParseException ex) {
				// answered below, like a date out of range
			}
			throw context.weirdStringException(text, LocalDate.class, "not a date from " + StorableDates.range());
		}

	}

}
