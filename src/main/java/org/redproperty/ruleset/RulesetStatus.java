package org.redproperty.ruleset;

import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * A ruleset folder as the service sees it: {@code ACTIVE} (serving the content on disk), {@code BROKEN} (the
 * content on disk fails a check; {@code activeHash} names the earlier version still serving, if any) or
 * {@code DRAFT} (never served).
 */
public record RulesetStatus(String location, String scheme, Integer year, String title,
		List<SubjectType> subjectTypes, String state, String hash, String activeHash, List<RuleInfo> rules,
		List<RulesetError> errors, List<Phase> phases, List<Parameter> parameters) {

	public static final String ACTIVE = "ACTIVE";

	public static final String BROKEN = "BROKEN";

	public static final String DRAFT = "DRAFT";

	public int ruleCount() {
		return this.rules.size();
	}

}
