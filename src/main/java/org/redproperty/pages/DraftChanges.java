package org.redproperty.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redproperty.ruleset.ManifestValues;
import org.redproperty.ruleset.Parameter;
import org.redproperty.ruleset.RulesetFile;

/**
 * What a draft changes against the version it was laid over, as the draft's page lists it: the parameters whose
 * value differs (label, old and new value) and the files added, changed or removed.
 */
record DraftChanges(List<ParameterChange> parameters, List<FileChange> files) {

	static DraftChanges of(List<RulesetFile> base, List<RulesetFile> draft) {
		Map<String, String> before = byName(base);
		Map<String, String> after = byName(draft);
		List<FileChange> files = new ArrayList<>();
		for (String name : new TreeSet<>(union(before, after))) {
			String old = before.get(name);
			String now = after.get(name);
			if (!Objects.equals(old, now)) {
				files.add(new FileChange(name, (old == null) ? "新增" : (now == null) ? "删除" : "修改"));
			}
		}
		Map<String, Parameter> oldValues = parameters(before.get("manifest.yaml"));
		List<ParameterChange> parameters = new ArrayList<>();
		parameters(after.get("manifest.yaml")).forEach((name, parameter) -> {
			Parameter old = oldValues.get(name);
			if (old == null || !Objects.equals(old.display(), parameter.display())) {
				parameters.add(new ParameterChange(parameter, (old != null) ? old.display() : "（新参数）",
						parameter.display()));
			}
		});
		return new DraftChanges(parameters, files);
	}

	private static Map<String, String> byName(List<RulesetFile> files) {
		return files.stream().collect(Collectors.toMap(RulesetFile::name, RulesetFile::content, (a, b) -> b, TreeMap::new));
	}

	private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
		java.util.Set<String> names = new TreeSet<>(a.keySet());
		names.addAll(b.keySet());
		return names;
	}

	private static Map<String, Parameter> parameters(String manifest) {
		return (manifest != null) ? ManifestValues.parameters(manifest)
			.stream()
			.collect(Collectors.toMap(Parameter::name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new))
				: Map.of();
	}

	/** A parameter whose value the draft changes. */
	record ParameterChange(Parameter parameter, String oldValue, String newValue) {
	}

	/** A file the draft adds, changes or removes ({@code what} in Chinese). */
	record FileChange(String name, String what) {
	}

}
