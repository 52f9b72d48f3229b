package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rulesets cannot serve for their {@code requires}: one requiring a ruleset not in service (or one that cannot
 * serve itself), and every ruleset of a cycle of requirements. Each comes with the check error saying why, on
 * {@code manifest.yaml}.
 */
final class RequirementCheck {

	private RequirementCheck() {
	}

	/** The rulesets of {@code active} that cannot serve, each with its error, in a stable order. */
	static Map<RulesetKey, RulesetError> unmet(Map<RulesetKey, Ruleset> active) {
		Map<RulesetKey, List<Requirement>> declared = new HashMap<>();
		active.forEach((key, ruleset) -> declared.put(key, ruleset.manifest().requires()));
		Map<RulesetKey, RulesetError> unmet = new LinkedHashMap<>();
		active.keySet().stream().sorted(Comparator.comparing(RulesetKey::toString)).forEach((key) -> {
			List<RulesetKey> cycle = cycle(key, declared);
			if (cycle != null) {
				unmet.put(key, error(0, cycleMessage(cycle)));
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
						unmet.put(entry.getKey(), error(0, missingMessage(requirement.key())));
						changed = true;
						break;
					}
				}
			}
		}
		return unmet;
	}

	/**
	 * The errors of one manifest's {@code requires} against the rulesets it may use: a cycle through it (with the
	 * requirements {@code declared} by the others), else each required ruleset not {@code available}.
	 * @param line the line of {@code requires:} in the manifest
	 */
	static List<RulesetError> check(RulesetManifest manifest, int line, Map<RulesetKey, Ruleset> available,
			Map<RulesetKey, List<Requirement>> declared) {
		if (manifest.requires().isEmpty()) {
			return List.of();
		}
		Map<RulesetKey, List<Requirement>> with = new HashMap<>(declared);
		with.put(manifest.key(), manifest.requires());
		List<RulesetKey> cycle = cycle(manifest.key(), with);
		if (cycle != null) {
			return List.of(error(line, cycleMessage(cycle)));
		}
		return manifest.requires()
			.stream()
			.filter((requirement) -> !available.containsKey(requirement.key()))
			.map((requirement) -> error(line, missingMessage(requirement.key())))
			.toList();
	}

	/**
	 * The keys in requirement order: each after the rulesets it requires that are among them, else in the order
	 * given; those of a cycle keep the order given.
	 */
	static List<RulesetKey> order(List<RulesetKey> keys, Map<RulesetKey, List<Requirement>> declared) {
		List<RulesetKey> ordered = new ArrayList<>();
		for (RulesetKey key : keys) {
			visit(key, keys, declared, ordered, new ArrayList<>());
		}
		return ordered;
	}

	private static void visit(RulesetKey key, List<RulesetKey> keys, Map<RulesetKey, List<Requirement>> declared,
			List<RulesetKey> ordered, List<RulesetKey> path) {
		if (ordered.contains(key) || path.contains(key) || !keys.contains(key)) {
			return;
		}
		path.add(key);
		for (Requirement requirement : declared.getOrDefault(key, List.of())) {
			visit(requirement.key(), keys, declared, ordered, path);
		}
		path.remove(path.size() - 1);
		ordered.add(key);
	}

	/** The path back to {@code start} through the requirements, if there is one. */
	private static List<RulesetKey> cycle(RulesetKey start, Map<RulesetKey, List<Requirement>> declared) {
		return cycle(start, declared, new ArrayList<>());
	}

	private static List<RulesetKey> cycle(RulesetKey key, Map<RulesetKey, List<Requirement>> declared,
			List<RulesetKey> path) {
		if (!path.isEmpty() && key.equals(path.get(0))) {
			List<RulesetKey> cycle = new ArrayList<>(path);
			cycle.add(key);
			return cycle;
		}
		if (path.contains(key) || !declared.containsKey(key)) {
			return null;
		}
		path.add(key);
		for (Requirement requirement : declared.get(key)) {
			List<RulesetKey> found = cycle(requirement.key(), declared, path);
			if (found != null) {
				return found;
			}
		}
		path.remove(path.size() - 1);
		return null;
	}

	private static String cycleMessage(List<RulesetKey> cycle) {
		return "规则集之间的依赖成环：" + String.join(" → ", cycle.stream().map(RulesetKey::toString).toList()) + "，都不能启用";
	}

	private static String missingMessage(RulesetKey key) {
		return "清单 requires 所需的规则集 " + key + " 未启用（不存在、是草稿或有错误），本规则集不能启用";
	}

	private static RulesetError error(int line, String message) {
		return new RulesetError(RulesetFolders.MANIFEST, line, (line > 0) ? 1 : 0, message);
	}

}
