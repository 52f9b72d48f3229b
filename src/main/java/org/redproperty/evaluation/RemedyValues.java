package org.redproperty.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redproperty.ruleset.Parameter;
import org.redproperty.ruleset.RecordFields;
import org.redproperty.ruleset.Ruleset;

/**
 * What the values of a remedy stand for on one evaluation: a parameter's value, the subject's id ({@code subject}),
 * the evaluation date ({@code asOf}), a unit the gate lacks ({@code unit}; a month {@code 2023-03} is its first day
 * in a date field), or the literal with {@code {n}}, {@code {id}} and {@code {unit}} replaced.
 */
final class RemedyValues {

	private final Ruleset ruleset;

	private final Subject subject;

	RemedyValues(Ruleset ruleset, Subject subject) {
		this.ruleset = ruleset;
		this.subject = subject;
	}

	/** The value of a field of a record of {@code kind}; {@code id}, {@code n} and {@code unit} may be null. */
	Object value(String kind, String field, String raw, String id, Integer n, String unit) {
		Class<?> type = RecordFields.fieldType(kind, field).orElse(String.class);
		switch (raw) {
			case "subject" -> {
				return this.subject.id();
			}
			case "asOf" -> {
				return this.subject.asOf();
			}
			case "unit" -> {
				if (type == LocalDate.class && unit != null) {
					return (unit.length() == 7) ? YearMonth.parse(unit).atDay(1) : LocalDate.parse(unit);
				}
				return unit;
			}
			default -> {
				java.util.Optional<Parameter> parameter = this.ruleset.manifest().parameter(raw);
				if (parameter.isPresent()) {
					return parameter.get().value();
				}
				String text = raw.replace("{n}", (n != null) ? n.toString() : "")
					.replace("{id}", (id != null) ? id : "")
					.replace("{unit}", (unit != null) ? unit : "");
				return literal(text, type);
			}
		}
	}

	/** A literal of the manifest in the field's type (checked when the manifest was read); enums stay names. */
	private static Object literal(String text, Class<?> type) {
		if (type == Boolean.class || type == boolean.class) {
			return Boolean.valueOf(text);
		}
		if (type == Integer.class || type == int.class) {
			return Integer.valueOf(text);
		}
		if (type == java.math.BigDecimal.class) {
			return new java.math.BigDecimal(text);
		}
		return text;
	}

	/** A new record of {@code kind} with the given id and the remedy's values. */
	ObjectNode record(String kind, String id, Map<String, String> values, int n, String unit) {
		ObjectNode record = Hypothesis.JSON.createObjectNode().put("id", id);
		values.forEach((field, raw) -> {
			ObjectNode parent = record;
			String[] path = field.split("\\.");
			for (int i = 0; i < path.length - 1; i++) {
				parent = parent.path(path[i]).isObject() ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
			}
			parent.set(path[path.length - 1], Hypothesis.JSON.valueToTree(value(kind, field, raw, id, n, unit)));
		});
		return record;
	}

}
