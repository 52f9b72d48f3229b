package org.redproperty.ruleset;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redproperty.facts.Dataset;

/**
 * The kinds of record and their fields as the import format names them ({@code activities},
 * {@code residentSignatures}, {@code disclosures.contract}), read from {@link Dataset} itself, for the remedies of a
 * manifest and the planner that applies them.
 */
public final class RecordFields {

	private static final Map<String, Class<?>> KINDS = read();

	private RecordFields() {
	}

	private static Map<String, Class<?>> read() {
		Map<String, Class<?>> kinds = new LinkedHashMap<>();
		for (RecordComponent component : Dataset.class.getRecordComponents()) {
			ParameterizedType list = (ParameterizedType) component.getGenericType();
			kinds.put(component.getName(), (Class<?>) list.getActualTypeArguments()[0]);
		}
		return kinds;
	}

	/** Every kind, in the order of the import format. */
	public static List<String> kinds() {
		return List.copyOf(KINDS.keySet());
	}

	/** The record type of a kind, e.g. {@code Activity} for {@code activities}. */
	public static Optional<Class<?>> recordType(String kind) {
		return Optional.ofNullable(KINDS.get(kind));
	}

	/** The type of a field, dotted for a field of a nested record; empty when the record has no such field. */
	public static Optional<Class<?>> fieldType(String kind, String path) {
		Class<?> type = KINDS.get(kind);
		for (String name : path.split("\\.", -1)) {
			if (type == null || !type.isRecord()) {
				return Optional.empty();
			}
			type = Arrays.stream(type.getRecordComponents())
				.filter((c) -> c.getName().equals(name))
				.map(RecordComponent::getType)
				.findFirst()
				.orElse(null);
		}
		return Optional.ofNullable(type);
	}

	/** The fields of a kind's record, for a message. */
	public static List<String> fields(String kind) {
		Class<?> type = KINDS.get(kind);
		return (type == null) ? List.of()
				: Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

}
