package org.redproperty.ruleset;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/**
 * What a rule says of itself: its name, its {@code @code} and {@code @clause} metadata, and its title (the name
 * without the leading code, in Chinese).
 */
public record RuleInfo(String name, String code, String clause, String title) {

	public static final RuleInfo NONE = new RuleInfo("", "", "", "");

	/**
	 * The rule's own account of itself. Its {@code @clause} names a section of the ruleset's source document
	 * ({@code 二.2}); the clause shown is that document followed by the section ({@code 川综执字〔2023〕68号 二.2}), so
	 * that a new year's document number is written once, in the manifest.
	 * @param document the number (文号) of the manifest's source document, or null
	 */
	public static RuleInfo of(Rule rule, String document) {
		Map<String, Object> meta = rule.getMetaData();
		String code = text(meta.get("code"));
		String name = rule.getName();
		String section = text(meta.get("clause"));
		String clause = (document == null || document.isBlank() || section.isEmpty()) ? section : document + " " + section;
		return new RuleInfo(name, code, clause, titleOf(name, code));
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
