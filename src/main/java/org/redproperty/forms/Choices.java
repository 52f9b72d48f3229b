package org.redproperty.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.redproperty.facts.ActivityKind;
import org.redproperty.facts.Heart;

/** The Chinese names of the enumerations the forms offer in drop-down lists, and back. */
final class Choices {

	static final Map<String, Heart> HEARTS = new LinkedHashMap<>();

	static final Map<String, ActivityKind> KINDS = new LinkedHashMap<>();

	static {
		HEARTS.put("红心", Heart.HONGXIN);
		HEARTS.put("匠心", Heart.JIANGXIN);
		HEARTS.put("暖心", Heart.NUANXIN);
		HEARTS.put("安心", Heart.ANXIN);
		HEARTS.put("同心", Heart.TONGXIN);
		KINDS.put("活动", ActivityKind.ACTIVITY);
		KINDS.put("场景", ActivityKind.SCENE);
	}

	private Choices() {
	}

	/**
	 * The constant a cell names: by its Chinese name (also with 物业 after it, as in 红心物业), or by the constant's
	 * own name; null when it names none.
	 */
	static <E extends Enum<E>> E of(Map<String, E> names, String text) {
		String trimmed = text.strip();
		E named = names.get(trimmed.endsWith("物业") ? trimmed.substring(0, trimmed.length() - 2) : trimmed);
		if (named != null) {
			return named;
		}
		return names.values().stream().filter((constant) -> constant.name().equalsIgnoreCase(trimmed)).findFirst()
			.orElse(null);
	}

	static <E extends Enum<E>> String label(Map<String, E> names, E constant) {
		return names.entrySet().stream().filter((entry) -> entry.getValue() == constant).map(Map.Entry::getKey)
			.findFirst().orElse(constant.name());
	}

}
