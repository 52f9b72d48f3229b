package org.redproperty.evaluation;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/** What a rule says of itself in its metadata: {@code @code} and {@code @clause}. */
public record RuleInfo(String name, String code, String clause) {

	static final RuleInfo NONE = new RuleInfo("", "", "");

	public static RuleInfo of(Rule rule) {
		Map<String, Object> meta = rule.getMetaData();
		return new RuleInfo(rule.getName(), text(meta.get("code")), text(meta.get("clause")));
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
