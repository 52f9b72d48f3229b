package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.redproperty.facts.Dataset;

/**
 * Facts being changed for a plan, in the import format: a record is found by kind and id, a field (dotted for a
 * nested one) is set, a record is added; {@link #dataset()} gives the facts to evaluate. Copies are independent.
 */
final class Hypothesis {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final ObjectNode facts;

	Hypothesis(Dataset facts) {
		this((ObjectNode) JSON.valueToTree(facts));
	}

	private Hypothesis(ObjectNode facts) {
		this.facts = facts;
	}

	Hypothesis copy() {
		return new Hypothesis(this.facts.deepCopy());
	}

	Optional<ObjectNode> record(String kind, String id) {
		for (JsonNode record : kind(kind)) {
			if (id.equals(record.path("id").asText(null))) {
				return Optional.of((ObjectNode) record);
			}
		}
		return Optional.empty();
	}

	/** The ids of the records of a kind, in order. */
	List<String> ids(String kind) {
		List<String> ids = new ArrayList<>();
		kind(kind).forEach((record) -> ids.add(record.path("id").asText()));
		return ids;
	}

	/** Sets a field of a record and answers the change, or empty when there is no such record. */
	Optional<PathPlan.Change> set(String kind, String id, String field, Object value) {
		return record(kind, id).map((record) -> {
			String[] path = field.split("\\.");
			ObjectNode parent = record;
			for (int i = 0; i < path.length - 1; i++) {
				parent = parent.path(path[i]).isObject() ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
			}
			JsonNode before = parent.get(path[path.length - 1]);
			JsonNode after = JSON.valueToTree(value);
			parent.set(path[path.length - 1], after);
			return new PathPlan.Change(kind, id, field, (before == null || before.isNull()) ? null : before.asText(),
					after.asText());
		});
	}

	void add(String kind, ObjectNode record) {
		kind(kind).add(record);
	}

	Dataset dataset() {
		try {
			return JSON.treeToValue(this.facts, Dataset.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("补正后的事实无法读取：" + ex.getOriginalMessage(), ex);
		}
	}

	private ArrayNode kind(String kind) {
		JsonNode records = this.facts.get(kind);
		return (records instanceof ArrayNode array) ? array : this.facts.putArray(kind);
	}

}
