package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What differs between two ruleset contents: the files whose content differs (added, removed or changed), the
 * parameters whose values differ, and the rule codes whose text differs or that read a parameter whose value
 * differs. {@link #behind(String)} names what is behind one rule's result.
 */
public record RulesetDifference(List<String> files, List<ParameterChange> parameters, List<String> codes,
		Map<String, Set<String>> readers) {

	/** How a parameter is named among the rules and files of a change: the manifest and the parameter's name. */
	public static final String PARAMETER_PREFIX = RulesetFolders.MANIFEST + ":";

	private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"[^\"]*\"(.*?)^\\s*end\\b");

	private static final Pattern CODE = Pattern.compile("@code\\(\\s*\"?([^\")]+)\"?\\s*\\)");

	private static final Pattern PARAMETER = Pattern.compile("params\\s*\\.\\s*\\w+\\s*\\(\\s*\"(\\w+)\"");

	public static final RulesetDifference NONE = new RulesetDifference(List.of(), List.of(), List.of(), Map.of());

	public static RulesetDifference between(Ruleset before, Ruleset after) {
		if (before.hash().equals(after.hash())) {
			return NONE;
		}
		Map<String, String> old = byName(before.files());
		Map<String, String> now = byName(after.files());
		Set<String> names = new TreeSet<>(old.keySet());
		names.addAll(now.keySet());
		List<String> files = names.stream().filter((name) -> !Objects.equals(old.get(name), now.get(name))).toList();
		List<ParameterChange> parameters = parameters(before, after);
		Set<String> changedNames = parameters.stream().map(ParameterChange::name).collect(Collectors.toSet());
		Map<String, String> oldRules = rules(before.files());
		Map<String, String> newRules = rules(after.files());
		Set<String> codes = new TreeSet<>();
		Set<String> allCodes = new TreeSet<>(oldRules.keySet());
		allCodes.addAll(newRules.keySet());
		Map<String, Set<String>> readers = new LinkedHashMap<>();
		for (String code : allCodes) {
			Set<String> read = new TreeSet<>(reads(oldRules.get(code)));
			read.addAll(reads(newRules.get(code)));
			read.retainAll(changedNames);
			if (!read.isEmpty()) {
				readers.put(code, read);
			}
			if (!Objects.equals(oldRules.get(code), newRules.get(code)) || !read.isEmpty()) {
				codes.add(code);
			}
		}
		return new RulesetDifference(files, parameters, List.copyOf(codes), Map.copyOf(readers));
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.files.isEmpty();
	}

	/**
	 * What of the difference is behind a result of the rule with that code: the code, if its rule differs, and
	 * each parameter it reads whose value differs ({@code manifest.yaml:minRecords}); empty when neither.
	 */
	public List<String> behind(String code) {
		List<String> behind = new ArrayList<>();
		if (code != null && this.codes.contains(code)) {
			behind.add(code);
			this.readers.getOrDefault(code, Set.of()).forEach((name) -> behind.add(PARAMETER_PREFIX + name));
		}
		return behind;
	}

	/** Every rule code, file and parameter that differs. */
	public List<String> all() {
		Set<String> all = new LinkedHashSet<>(this.codes);
		all.addAll(this.files);
		this.parameters.forEach((p) -> all.add(PARAMETER_PREFIX + p.name()));
		return List.copyOf(all);
	}

	public ParameterChange parameter(String name) {
		return this.parameters.stream().filter((p) -> p.name().equals(name)).findFirst().orElse(null);
	}

	/** A parameter whose value differs, shown as the policy text shows it; null where one ruleset lacks it. */
	public record ParameterChange(String name, String label, String before, String after) {
	}

	private static List<ParameterChange> parameters(Ruleset before, Ruleset after) {
		Map<String, Parameter> old = before.manifest().parameters().stream()
			.collect(Collectors.toMap(Parameter::name, Function.identity()));
		Map<String, Parameter> now = after.manifest().parameters().stream()
			.collect(Collectors.toMap(Parameter::name, Function.identity()));
		Set<String> names = new TreeSet<>(old.keySet());
		names.addAll(now.keySet());
		List<ParameterChange> changes = new ArrayList<>();
		for (String name : names) {
			String a = (old.get(name) != null) ? old.get(name).display() : null;
			String b = (now.get(name) != null) ? now.get(name).display() : null;
			if (!Objects.equals(a, b)) {
				Parameter labelled = (now.get(name) != null) ? now.get(name) : old.get(name);
				changes.add(new ParameterChange(name, labelled.label(), a, b));
			}
		}
		return changes;
	}

	/** The text of each rule by its code (rules sharing a code joined), from every DRL file. */
	private static Map<String, String> rules(List<RulesetFile> files) {
		Map<String, String> rules = new LinkedHashMap<>();
		for (RulesetFile file : files) {
			if (!file.isDrl()) {
				continue;
			}
			Matcher rule = RULE.matcher(file.content());
			while (rule.find()) {
				Matcher code = CODE.matcher(rule.group());
				String key = code.find() ? code.group(1).strip() : "";
				rules.merge(key, rule.group().strip(), (a, b) -> a + "\n" + b);
			}
		}
		return rules;
	}

	private static Set<String> reads(String rule) {
		Set<String> names = new TreeSet<>();
		if (rule != null) {
			Matcher parameter = PARAMETER.matcher(rule);
			while (parameter.find()) {
				names.add(parameter.group(1));
			}
		}
		return names;
	}

	private static Map<String, String> byName(List<RulesetFile> files) {
		return files.stream().collect(Collectors.toMap(RulesetFile::name, RulesetFile::content, (a, b) -> b));
	}

}
