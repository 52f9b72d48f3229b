package org.redproperty.ruleset;

import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * {@code manifest.yaml} of a ruleset folder: which scheme and year it implements, for which subjects, and the
 * document it comes from. A folder marked {@code draft: true} is checked but never put into service.
 */
public record RulesetManifest(String scheme, int year, String title, List<SubjectType> subjectTypes,
		Source source, boolean draft) {

	public RulesetManifest {
		subjectTypes = (subjectTypes != null) ? List.copyOf(subjectTypes) : List.of();
	}

	public RulesetKey key() {
		return new RulesetKey(this.scheme, this.year);
	}

	public boolean covers(SubjectType type) {
		return this.subjectTypes.contains(type);
	}

	/** The policy document: its number (文号) and title. */
	public record Source(String document, String title) {
	}

}
