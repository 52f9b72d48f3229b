package org.redproperty.ruleset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ruleset's parameters as rules read them, through the global {@code params}: {@code params.integer("minRecords")},
 * {@code params.ratio("committeeRate")}, {@code params.date("windowEnd")}, {@code params.includes("safetyTypes", type)}.
 * The check of a ruleset verifies before it serves that every name a rule reads is declared with that type, so these
 * accessors only fail for a rule that was never checked.
 */
public final class Parameters {

	/** The name of the global through which rules read the parameters. */
	public static final String GLOBAL = "params";

	private final Map<String, Parameter> byName = new LinkedHashMap<>();

	public Parameters(List<Parameter> parameters) {
		parameters.forEach((parameter) -> this.byName.put(parameter.name(), parameter));
	}

	public int integer(String name) {
		return (Integer) value(name, ParameterType.INTEGER);
	}

	public BigDecimal decimal(String name) {
		return (BigDecimal) value(name, ParameterType.DECIMAL);
	}

	public BigDecimal ratio(String name) {
		return (BigDecimal) value(name, ParameterType.RATIO);
	}

	/** A ratio parameter shown as a percentage for a reason text, e.g. {@code 0.5} as {@code 50%}. */
	public String percent(String name) {
		return ratio(name).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	public LocalDate date(String name) {
		return (LocalDate) value(name, ParameterType.DATE);
	}

	public String text(String name) {
		return (String) value(name, ParameterType.TEXT);
	}

	/** Whether the set parameter holds the value: an enumeration constant, or its name. */
	public boolean includes(String name, Object member) {
		List<?> members = (List<?>) value(name, ParameterType.SET);
		String key = (member instanceof Enum<?> constant) ? constant.name() : String.valueOf(member);
		return members.contains(key);
	}

	/** The members of a set parameter, joined with 、 for a reason text. */
	public String listed(String name) {
		value(name, ParameterType.SET);
		return this.byName.get(name).display();
	}

	public List<Parameter> list() {
		return List.copyOf(this.byName.values());
	}

	private Object value(String name, ParameterType type) {
		Parameter parameter = this.byName.get(name);
		if (parameter == null) {
			throw new IllegalArgumentException("规则读取的参数「" + name + "」没有在 manifest.yaml 中声明");
		}
		if (parameter.type() != type) {
			throw new IllegalArgumentException("参数「" + name + "」的类型是 " + parameter.type().keyword() + "，不能按 "
					+ type.keyword() + " 读取");
		}
		return parameter.value();
	}

}
