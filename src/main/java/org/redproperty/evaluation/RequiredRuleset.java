package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.redproperty.ruleset.RulesetKey;

/**
 * A ruleset an evaluation used besides its own, because its manifest (or that of a ruleset it requires) names it in
 * {@code requires}: scheme, year, the periods it was evaluated for (empty for a scheme without periods) and the
 * content hash, so that replay and diff can take the same content again.
 */
public record RequiredRuleset(String scheme, int year, List<String> periods, String hash) {

	public RequiredRuleset {
		periods = (periods != null) ? List.copyOf(periods) : List.of();
	}

	public RulesetKey key() {
		return new RulesetKey(this.scheme, this.year);
	}

	/**
	 * One entry per ruleset, in scheme and year order, the periods of the same ruleset joined; the first hash of a
	 * ruleset is kept (one run finds one content per ruleset).
	 */
	static List<RequiredRuleset> merged(List<RequiredRuleset> used) {
		Map<RulesetKey, RequiredRuleset> first = new LinkedHashMap<>();
		Map<RulesetKey, Set<String>> periods = new LinkedHashMap<>();
		for (RequiredRuleset one : used) {
			first.putIfAbsent(one.key(), one);
			periods.computeIfAbsent(one.key(), (key) -> new LinkedHashSet<>()).addAll(one.periods());
		}
		List<RequiredRuleset> merged = new ArrayList<>();
		first.forEach((key, one) -> merged
			.add(new RequiredRuleset(one.scheme(), one.year(), List.copyOf(periods.get(key)), one.hash())));
		merged.sort(Comparator.comparing(RequiredRuleset::scheme).thenComparingInt(RequiredRuleset::year));
		return List.copyOf(merged);
	}

}
