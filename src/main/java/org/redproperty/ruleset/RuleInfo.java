package org.redproperty.ruleset;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/**
 * What a rule says of itself: its name, its {@code @code} and {@code @clause} metadata, and its title (the name
 * without the leading code, in Chinese).
 */
public record RuleInfo(String name, String code, String clause, String title) {

	public static final RuleInfo NONE = new RuleInfo("", "", "", "");

	public static RuleInfo of(Rule rule) {
		Map<String, Object> meta = rule.getMetaData();
		String code = text(meta.get("code"));
		String name = rule.getName();
		return new RuleInfo(name, code, text(meta.get("clause")), titleOf(name, code));
	}

	/** The name without its leading code. */
	public static String titleOf(String name, String code) {
		return (!code.isEmpty() && name.startsWith(code)) ? name.substring(code.length()).strip() : name;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) ? text.substring(1, text.length() - 1)
				: text;
	}

}
