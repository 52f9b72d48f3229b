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
			case DECIMAL -> decimal(text.strip());
			case RATIO -> {
				java.math.BigDecimal ratio = decimal(text.strip());
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

	/**
	 * A decimal of at most {@value #INTEGER_DIGITS} digits before the point and {@value #FRACTION_DIGITS} after it:
	 * a value such as {@code 1E999999999} would make a sum or a comparison of the rules run for minutes within one
	 * firing, where the engine cannot stop it.
	 */
	static java.math.BigDecimal decimal(String text) {
		java.math.BigDecimal value = new java.math.BigDecimal(text);
		if (!fits(value)) {
			throw new NumberFormatException("小数最多 " + INTEGER_DIGITS + " 位整数、" + FRACTION_DIGITS + " 位小数：" + text);
		}
		return value;
	}

	/** Whether a decimal has at most {@value #INTEGER_DIGITS} integer and {@value #FRACTION_DIGITS} fraction digits. */
	public static boolean fits(java.math.BigDecimal value) {
		return value.scale() <= FRACTION_DIGITS && value.precision() - value.scale() <= INTEGER_DIGITS;
	}

	static final int INTEGER_DIGITS = 15;

	static final int FRACTION_DIGITS = 10;

	public static Optional<ParameterType> of(String keyword) {
		return Arrays.stream(values()).filter((type) -> type.keyword.equals(keyword)).findFirst();
	}

}
