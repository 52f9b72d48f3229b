package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The places where two JSON documents differ, as JSON pointers with both values. */
final class JsonDiff {

	private static final int LIMIT = 100;

	private JsonDiff() {
	}

	static List<Difference> between(JsonNode stored, JsonNode replayed) {
		List<Difference> differences = new ArrayList<>();
		walk("", stored, replayed, differences);
		return differences;
	}

	private static void walk(String path, JsonNode a, JsonNode b, List<Difference> out) {
		if (out.size() >= LIMIT) {
			return;
		}
		if (a != null && b != null && a.isObject() && b.isObject()) {
			Set<String> names = new LinkedHashSet<>();
			a.fieldNames().forEachRemaining(names::add);
			b.fieldNames().forEachRemaining(names::add);
			for (String name : names) {
				walk(path + "/" + name, a.get(name), b.get(name), out);
			}
		}
		else if (a != null && b != null && a.isArray() && b.isArray()) {
			Iterator<JsonNode> left = a.elements();
			Iterator<JsonNode> right = b.elements();
			for (int i = 0; left.hasNext() || right.hasNext(); i++) {
				walk(path + "/" + i, left.hasNext() ? left.next() : null, right.hasNext() ? right.next() : null, out);
			}
		}
		else if (!same(a, b)) {
			out.add(new Difference(path, a, b));
		}
	}

	private static boolean same(JsonNode a, JsonNode b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		return a.equals(b);
	}

	/** One difference: where, what was stored, what the replay gave. */
	record Difference(String path, JsonNode stored, JsonNode replayed) {
	}

}
