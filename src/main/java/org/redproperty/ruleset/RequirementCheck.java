package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rulesets cannot serve for their {@code requires}: one requiring a ruleset not in service (or one that cannot
 * serve itself), and every ruleset of a cycle of requirements. Each comes with the check error saying why.
 */
final class RequirementCheck {

	private RequirementCheck() {
	}

	/** The rulesets of {@code active} that cannot serve, each with its error, in a stable order. */
	static Map<RulesetKey, RulesetError> unmet(Map<RulesetKey, Ruleset> active) {
		Map<RulesetKey, RulesetError> unmet = new LinkedHashMap<>();
		active.keySet().stream().sorted(java.util.Comparator.comparing(RulesetKey::toString)).forEach((key) -> {
			List<RulesetKey> cycle = cycle(key, active, new ArrayList<>());
			if (cycle != null) {
				unmet.put(key, error("规则集之间的依赖成环：" + String.join(" → ", cycle.stream().map(RulesetKey::toString)
					.toList()) + "，都不能启用"));
			}
		});
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Map.Entry<RulesetKey, Ruleset> entry : new HashMap<>(active).entrySet()) {
				if (unmet.containsKey(entry.getKey())) {
					continue;
				}
				for (Requirement requirement : entry.getValue().manifest().requires()) {
					if (!active.containsKey(requirement.key()) || unmet.containsKey(requirement.key())) {
						unmet.put(entry.getKey(), error("清单 requires 所需的规则集 " + requirement.key()
								+ " 未启用（不存在、是草稿或有错误），本规则集不能启用"));
						changed = true;
						break;
					}
				}
			}
		}
		return unmet;
	}

	/** The path back to {@code start} through the requirements, if there is one. */
	private static List<RulesetKey> cycle(RulesetKey key, Map<RulesetKey, Ruleset> active, List<RulesetKey> path) {
		if (!path.isEmpty() && key.equals(path.get(0))) {
			List<RulesetKey> cycle = new ArrayList<>(path);
			cycle.add(key);
			return cycle;
		}
		if (path.contains(key) || !active.containsKey(key)) {
			return null;
		}
		path.add(key);
		for (Requirement requirement : active.get(key).manifest().requires()) {
			List<RulesetKey> found = cycle(requirement.key(), active, path);
			if (found != null) {
				return found;
			}
		}
		path.remove(path.size() - 1);
		return null;
	}

	private static RulesetError error(String message) {
		return new RulesetError(RulesetFolders.MANIFEST, 0, 0, message);
	}

}
