package org.redproperty.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.redproperty.ruleset.ManifestValues;
import org.redproperty.ruleset.Parameter;
import org.redproperty.ruleset.RulesetError;

import org.springframework.util.MultiValueMap;

/**
 * The draft form's fields: one per parameter, typed by the parameter's type, holding the value the officer sees
 * (the active version's, or what was typed before a failed check). A form field is named {@code p.<parameter>};
 * a set's checkboxes share that name, and {@code sets} names the sets shown, so that a set left empty is told
 * from one not on the form.
 */
record DraftForm(List<Field> fields) {

	static final String PREFIX = "p.";

	/** The fields of the parameters, with their values as declared. */
	static DraftForm of(List<Parameter> parameters) {
		return new DraftForm(parameters.stream().map((p) -> field(p, p.display())).toList());
	}

	/** The fields of the parameters, with the values typed in the form. */
	static DraftForm of(List<Parameter> parameters, Map<String, String> typed) {
		return new DraftForm(parameters.stream().map((p) -> field(p, typed.getOrDefault(p.name(), p.display()))).toList());
	}

	/** The values posted, by parameter name: a set's members joined with commas. */
	static Map<String, String> values(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((key, given) -> {
			if (key.startsWith(PREFIX)) {
				values.put(key.substring(PREFIX.length()), String.join(",", given));
			}
		});
		List<String> sets = form.getOrDefault("sets", List.of());
		sets.forEach((set) -> values.putIfAbsent(set, ""));
		return values;
	}

	/** A check's errors by file, in the order found. */
	static Map<String, List<RulesetError>> byFile(List<RulesetError> errors) {
		Map<String, List<RulesetError>> byFile = new LinkedHashMap<>();
		errors.forEach((e) -> byFile.computeIfAbsent(Objects.toString(e.file(), ""), (f) -> new java.util.ArrayList<>())
			.add(e));
		return byFile;
	}

	private static Field field(Parameter parameter, String value) {
		List<String> choices = ManifestValues.choices(parameter);
		List<String> chosen = List.of(value.split("[,、]")).stream().map(String::strip).filter((s) -> !s.isEmpty()).toList();
		return new Field(parameter, value, choices, chosen);
	}

	/** One parameter in the form: its input type follows its type; a set offers its enumeration's members. */
	record Field(Parameter parameter, String value, List<String> choices, List<String> chosen) {

		public String name() {
			return PREFIX + this.parameter.name();
		}

		/** The HTML input type: number, date or text. */
		public String input() {
			return switch (this.parameter.type()) {
				case INTEGER, DECIMAL, RATIO -> "number";
				case DATE -> "date";
				default -> "text";
			};
		}

		/** The step of a number input: whole numbers for an integer, any for a decimal or ratio. */
		public String step() {
			return switch (this.parameter.type()) {
				case INTEGER -> "1";
				default -> "any";
			};
		}

	}

}
