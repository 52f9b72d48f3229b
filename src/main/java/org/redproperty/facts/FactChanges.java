package org.redproperty.facts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The fields in which two versions of a fact differ, compared as JSON: numbers by value (80 and 80.000 are the same
 * score), nested objects (a company's checklist) field by field, and the revision and recording time of a version
 * ignored, since they say when a version was recorded, not what it says.
 */
final class FactChanges {

	private static final Set<String> RECORDING = Set.of("revision", "recordedAt");

	private FactChanges() {
	}

	static List<FieldChange> between(JsonNode before, JsonNode after) {
		List<FieldChange> changes = new ArrayList<>();
		compare("", before, after, changes);
		return changes;
	}

	private static void compare(String prefix, JsonNode before, JsonNode after, List<FieldChange> changes) {
		Set<String> fields = new LinkedHashSet<>();
		names(before).forEachRemaining(fields::add);
		names(after).forEachRemaining(fields::add);
		for (String field : fields) {
			if (prefix.isEmpty() && RECORDING.contains(field)) {
				continue;
			}
			JsonNode a = value(before, field);
			JsonNode b = value(after, field);
			if (a.isObject() || b.isObject()) {
				compare(prefix + field + ".", a, b, changes);
			}
			else if (!same(a, b)) {
				changes.add(new FieldChange(prefix + field, a, b));
			}
		}
	}

	private static boolean same(JsonNode a, JsonNode b) {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		return a.equals(b);
	}

	private static Iterator<String> names(JsonNode node) {
		return (node != null && node.isObject()) ? node.fieldNames() : List.<String>of().iterator();
	}

	private static JsonNode value(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null) ? value : NullNode.getInstance();
	}

}
