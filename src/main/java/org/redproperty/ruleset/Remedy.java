package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;

/**
 * How the manifest says one shortfall can be made good, for the path to a status ({@code remedies} in
 * {@code manifest.yaml}): a defect of a record (the code of the rule that found it) or a failed gate or a rank (the
 * code of the rule that wrote it). {@code values} maps a field of the record (dotted for nested fields, e.g.
 * {@code disclosures.contract}) to what it is set to: a parameter's name, one of the words {@code subject} (the
 * subject's id), {@code asOf} (the evaluation date) and {@code unit} (a unit the gate reports missing, e.g. the month
 * {@code 2023-03}), or a literal in which {@code {n}}, {@code {id}} and {@code {unit}} are replaced.
 *
 * @param code the rule code the remedy is for
 * @param action what to do, in Chinese
 * @param way how the planner makes it good
 * @param kind the kind of record concerned, as the import format names it ({@code activities})
 * @param values the fields to set (for {@link Way#FIX}, {@link Way#CHANGE}) or of each new record (for
 * {@link Way#RECORDS}, {@link Way#ADD})
 * @param where for {@link Way#RAISE}: only the records whose fields have these values
 * @param fields for {@link Way#RAISE}: the numeric fields raised
 * @param max for {@link Way#RAISE}: the highest value of such a field, a number or a parameter's name
 * @param places for a rank: the parameter naming how many places earn the status
 * @param line the line in {@code manifest.yaml}
 */
public record Remedy(String code, String action, Way way, String kind, Map<String, String> values,
		Map<String, String> where, List<String> fields, String max, String places, int line) {

	public Remedy {
		values = (values != null) ? Map.copyOf(values) : Map.of();
		where = (where != null) ? Map.copyOf(where) : Map.of();
		fields = (fields != null) ? List.copyOf(fields) : List.of();
	}

	/** How a remedy makes a shortfall good. */
	public enum Way {

		/** A defect of a record: set its fields, and it counts. */
		FIX,
		/** Cannot be made good: the status cannot be reached. */
		BLOCKER,
		/**
		 * A gate that counts records of {@code kind}: first fix records whose every defect is fixable, then add new
		 * records made from {@code values}, one per unit of the gap.
		 */
		RECORDS,
		/** Set fields of the subject's record of {@code kind}, or of the gate's evidence of that kind. */
		CHANGE,
		/** Add one record of {@code kind} made from {@code values}. */
		ADD,
		/** Raise the numeric {@code fields} of the subject's records of {@code kind} as far as needed, up to {@code max}. */
		RAISE

	}

}
