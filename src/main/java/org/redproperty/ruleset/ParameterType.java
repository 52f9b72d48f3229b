package org.redproperty.ruleset;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The type of a ruleset parameter, as written in {@code manifest.yaml} ({@code type: ratio}), and the accessor a rule
 * reads it with ({@code params.ratio("…")}).
 */
public enum ParameterType {

	/** A whole number, e.g. a minimum count or points per record. */
	INTEGER("integer", "整数"),
	/** A decimal number, e.g. a weight or a score threshold. */
	DECIMAL("decimal", "小数"),
	/** A share between 0 and 1, e.g. a coverage target of 0.92. */
	RATIO("ratio", "比例（0 到 1）"),
	/** A calendar date, {@code yyyy-MM-dd}. */
	DATE("date", "日期"),
	/** A set of values of one enumeration of the facts, e.g. the incident types that count as safety problems. */
	SET("set", "枚举值集合"),
	/** A piece of text. */
	TEXT("text", "文字");

	private final String keyword;

	private final String label;

	ParameterType(String keyword, String label) {
		this.keyword = keyword;
		this.label = label;
	}

	/** The word in the manifest and the name of the accessor, e.g. {@code ratio}; also its JSON form. */
	@JsonValue
	public String keyword() {
		return this.keyword;
	}

	/** The Chinese name, for messages. */
	public String label() {
		return this.label;
	}

	/**
	 * A value of this type from its text (for a set: the members separated by commas), or an exception saying why
	 * it is not one.
	 */
	public Object parse(String text) {
		return switch (this) {
			case INTEGER -> Integer.valueOf(text.strip());
			case DECIMAL -> new java.math.BigDecimal(text.strip());
			case RATIO -> {
				java.math.BigDecimal ratio = new java.math.BigDecimal(text.strip());
				if (ratio.signum() < 0 || ratio.compareTo(java.math.BigDecimal.ONE) > 0) {
					throw new NumberFormatException("比例应在 0 到 1 之间：" + text);
				}
				yield ratio;
			}
			case DATE -> java.time.LocalDate.parse(text.strip());
			case SET -> java.util.Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
			case TEXT -> text;
		};
	}

	public static Optional<ParameterType> of(String keyword) {
		return Arrays.stream(values()).filter((type) -> type.keyword.equals(keyword)).findFirst();
	}

}
