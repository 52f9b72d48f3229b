package org.redproperty.ruleset;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.redproperty.facts.FactKind;

/**
 * The fields of each kind of record as the import format names them ({@code activities},
 * {@code residentSignatures}, {@code disclosures.contract}), read from the record types of {@link FactKind}, for the
 * remedies of a manifest and the planner that applies them.
 */
public final class RecordFields {

	private RecordFields() {
	}

	/** Every kind, in the order of the import format. */
	public static List<String> kinds() {
		return Arrays.stream(FactKind.values()).map(FactKind::key).toList();
	}

	/** The record type of a kind, e.g. {@code Activity} for {@code activities}. */
	public static Optional<Class<?>> recordType(String kind) {
		return Optional.ofNullable(FactKind.byKey(kind)).map(FactKind::type);
	}

	/** The type of a field, dotted for a field of a nested record; empty when the record has no such field. */
	public static Optional<Class<?>> fieldType(String kind, String path) {
		Class<?> type = recordType(kind).orElse(null);
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
		return recordType(kind).map((type) -> Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList())
			.orElse(List.of());
	}

}
