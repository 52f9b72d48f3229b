package org.redproperty.pages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Component;

/** The rulesets in service as the pages' forms offer them: by scheme and year, with their titles and statuses. */
@Component
class RulesetChoices {

	private final Rulesets rulesets;

	RulesetChoices(Rulesets rulesets) {
		this.rulesets = rulesets;
	}

	/** Every ruleset in service, by scheme and year. */
	List<Choice> all() {
		return this.rulesets.statuses()
			.stream()
			.filter((status) -> status.scheme() != null && status.year() != null)
			.map((status) -> this.rulesets.find(status.scheme(), status.year()))
			.flatMap(Optional::stream)
			.map(Choice::of)
			.toList();
	}

	/** The rulesets in service that evaluate subjects of that type. */
	List<Choice> covering(SubjectType type) {
		return all().stream().filter((choice) -> choice.ruleset().manifest().covers(type)).toList();
	}

	/** The first ruleset in service that evaluates that type, as {@code scheme/year}; null when none does. */
	String defaultFor(SubjectType type) {
		return covering(type).stream().map(Choice::value).findFirst().orElse(null);
	}

	/** The schemes in service. */
	Set<String> schemes() {
		Set<String> schemes = new LinkedHashSet<>();
		all().forEach((choice) -> schemes.add(choice.ruleset().manifest().scheme()));
		return schemes;
	}

	/** Every status a ruleset in service can give, in the order the manifests list them. */
	Set<String> statuses() {
		Set<String> statuses = new LinkedHashSet<>();
		all().forEach((choice) -> choice.ruleset().manifest().subjectTypes()
			.forEach((type) -> statuses.addAll(choice.ruleset().manifest().statuses(type))));
		return statuses;
	}

	/** A ruleset as a choice: {@code scheme/year} and its title. */
	record Choice(String value, String title, Ruleset ruleset) {

		static Choice of(Ruleset ruleset) {
			return new Choice(ruleset.manifest().scheme() + "/" + ruleset.manifest().year(),
					ruleset.manifest().title() + "（" + ruleset.manifest().year() + "）", ruleset);
		}

	}

}
