package org.redproperty.ruleset;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.redproperty.facts.SubjectType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code manifest.yaml} into a {@link RulesetManifest}, checking every field and reporting each problem with
 * its line: unknown keys, a missing scheme or year, a phase without a step, a parameter whose value does not have
 * its type. It reads the YAML node tree rather than binding it, so that every problem can name its line.
 */
final class ManifestReader {

	static final String MANIFEST = "manifest.yaml";

	private static final Set<String> KEYS = Set.of("scheme", "year", "title", "subjectTypes", "source", "draft",
			"phases", "parameters", "statuses", "remedies", "periods",
			"companiesInDistrict", "requires", "publish");

	private static final Set<String> REQUIREMENT_KEYS = Set.of("scheme", "year", "periods");

	private static final Set<String> PARAMETER_KEYS = Set.of("type", "of", "value", "label", "clause");

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

	private static final String FACTS_PACKAGE = "org.redproperty.facts.";

	/** The manifest, when it could be read well enough to name scheme and year, and every problem found. */
	record Read(RulesetManifest manifest, List<RulesetError> errors) {
	}

	Read read(String content) {
		List<RulesetError> errors = new ArrayList<>();
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(content));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			return new Read(null, List.of(error(line, "清单文件不是有效的 YAML：" + ex.getProblem())));
		}
		catch (RuntimeException ex) {
			return new Read(null, List.of(error(0, "清单文件无法读取：" + ex.getMessage())));
		}
		if (!(root instanceof MappingNode mapping)) {
			return new Read(null, List.of(error(0, "清单文件应是键值对（scheme、year、title …）")));
		}
		Map<String, NodeTuple> fields = fields(mapping, KEYS, "清单", errors);
		String scheme = text(fields.get("scheme"), errors);
		Integer year = integer(fields.get("year"), errors);
		if (scheme == null || scheme.isBlank()) {
			errors.add(error(line(mapping), "清单缺少 scheme（评价方案代码）"));
		}
		if (year == null || year <= 0) {
			errors.add(error(line(fields.get("year"), mapping), "清单缺少 year（年度）"));
		}
		List<SubjectType> subjectTypes = subjectTypes(fields.get("subjectTypes"), errors);
		if (subjectTypes.isEmpty()) {
			errors.add(error(line(fields.get("subjectTypes"), mapping), "清单缺少 subjectTypes（评价对象类型）"));
		}
		RulesetManifest.Source source = source(fields.get("source"), errors);
		boolean draft = fields.containsKey("draft") && "true".equals(text(fields.get("draft"), errors));
		List<Phase> phases = phases(fields.get("phases"), errors);
		List<PeriodCode> periods = periods(fields.get("periods"), errors);
		boolean companiesInDistrict = fields.containsKey("companiesInDistrict")
				&& "true".equals(text(fields.get("companiesInDistrict"), errors));
		List<Requirement> requires = requires(fields.get("requires"), scheme, year, errors);
		List<Parameter> parameters = parameters(fields.get("parameters"), errors);
		RemediesReader remedies = new RemediesReader(parameters, errors);
		Map<SubjectType, List<String>> statuses = remedies.statuses(fields.get("statuses"), subjectTypes);
		Remedies declared = remedies.remedies(fields.get("remedies"));
		Publishing publish = new PublishingReader(subjectTypes, statuses, parameters, errors).read(fields.get("publish"));
		RulesetManifest manifest = (scheme != null && !scheme.isBlank() && year != null && year > 0)
				? new RulesetManifest(scheme, year, text(fields.get("title"), errors), subjectTypes, source, draft, phases,
						parameters, statuses, declared, periods, companiesInDistrict, requires, publish)
				: null;
		return new Read(manifest, errors);
	}

	private static List<SubjectType> subjectTypes(NodeTuple field, List<RulesetError> errors) {
		List<SubjectType> types = new ArrayList<>();
		for (Node item : items(field, "subjectTypes", errors)) {
			String value = scalar(item);
			try {
				types.add(SubjectType.valueOf(value));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.add(error(line(item), "评价对象类型「" + value + "」不存在，应是 "
						+ String.join("、", Arrays.stream(SubjectType.values()).map(Enum::name).toList()) + " 之一"));
			}
		}
		return types;
	}

	private static List<PeriodCode> periods(NodeTuple field, List<RulesetError> errors) {
		List<PeriodCode> periods = new ArrayList<>();
		for (Node item : items(field, "periods", errors)) {
			String value = scalar(item);
			PeriodCode period = PeriodCode.of(value);
			if (period == null) {
				errors.add(error(line(item), "评价期间「" + value + "」不存在，应是 "
						+ String.join("、", Arrays.stream(PeriodCode.values()).map(Enum::name).toList()) + " 之一"));
			}
			else if (periods.contains(period)) {
				errors.add(error(line(item), "评价期间 " + value + " 重复"));
			}
			else {
				periods.add(period);
			}
		}
		return periods;
	}

	/** The rulesets named under {@code requires}: each with its scheme, year and the periods it is needed for. */
	private static List<Requirement> requires(NodeTuple field, String scheme, Integer year,
			List<RulesetError> errors) {
		List<Requirement> requires = new ArrayList<>();
		for (Node item : items(field, "requires", errors)) {
			if (!(item instanceof MappingNode spec)) {
				errors.add(error(line(item), "requires 的每一项应写明所需规则集的 scheme、year（和 periods）"));
				continue;
			}
			Map<String, NodeTuple> fields = fields(spec, REQUIREMENT_KEYS, "requires 的一项", errors);
			String required = text(fields.get("scheme"), errors);
			Integer requiredYear = integer(fields.get("year"), errors);
			if (required == null || required.isBlank() || requiredYear == null || requiredYear <= 0) {
				errors.add(error(line(spec), "requires 的一项缺少所需规则集的 scheme 或 year"));
				continue;
			}
			if (required.equals(scheme) && requiredYear.equals(year)) {
				errors.add(error(line(spec), "规则集不能依赖自身（requires " + required + "/" + requiredYear + "）"));
				continue;
			}
			if (requires.stream().anyMatch((r) -> r.scheme().equals(required) && r.year() == requiredYear)) {
				errors.add(error(line(spec), "requires 中 " + required + "/" + requiredYear + " 重复"));
				continue;
			}
			requires.add(new Requirement(required, requiredYear, periods(fields.get("periods"), errors)));
		}
		return requires;
	}

	private static RulesetManifest.Source source(NodeTuple field, List<RulesetError> errors) {
		if (field == null) {
			return null;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			errors.add(error(line(field.getValueNode()), "source 应含 document（文号）和 title（文件标题）"));
			return null;
		}
		Map<String, NodeTuple> fields = fields(mapping, Set.of("document", "title"), "source", errors);
		return new RulesetManifest.Source(text(fields.get("document"), errors), text(fields.get("title"), errors));
	}

	private static List<Phase> phases(NodeTuple field, List<RulesetError> errors) {
		List<Phase> phases = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Node item : items(field, "phases", errors)) {
			if (!(item instanceof MappingNode mapping)) {
				errors.add(error(line(item), "每个阶段应写成 {name: …, label: …, step: each 或 together}"));
				continue;
			}
			Map<String, NodeTuple> fields = fields(mapping, Set.of("name", "label", "step"), "阶段", errors);
			String name = text(fields.get("name"), errors);
			String label = text(fields.get("label"), errors);
			String step = text(fields.get("step"), errors);
			if (name == null || !NAME.matcher(name).matches()) {
				errors.add(error(line(mapping), "阶段须有名称 name（英文字母开头的小写驼峰，如 records），现为「" + name + "」"));
				continue;
			}
			if (!names.add(name)) {
				errors.add(error(line(mapping), "阶段名称 " + name + " 重复"));
			}
			if (label == null || label.isBlank()) {
				errors.add(error(line(mapping), "阶段 " + name + " 缺少中文说明 label"));
			}
			Phase.Step kind = Arrays.stream(Phase.Step.values()).filter((s) -> s.keyword().equals(step)).findFirst()
				.orElse(null);
			if (kind == null) {
				errors.add(error(line(mapping), "阶段 " + name + " 的 step 应是 each（逐个评价项目、企业）或 together（在其结果上评价街道、社区、区和排名），现为「"
						+ step + "」"));
				continue;
			}
			if (kind == Phase.Step.EACH && !phases.isEmpty() && phases.get(phases.size() - 1).step() == Phase.Step.TOGETHER) {
				errors.add(error(line(mapping), "阶段 " + name + " 属于第一步（each），应排在第二步（together）的阶段之前"));
			}
			phases.add(new Phase(name, label, kind));
		}
		if (field != null && phases.stream().noneMatch((phase) -> phase.step() == Phase.Step.EACH) && !phases.isEmpty()) {
			errors.add(error(line(field.getValueNode()), "至少要有一个第一步（step: each）的阶段"));
		}
		if (field == null) {
			errors.add(error(0, "清单缺少 phases（评价阶段及其顺序）"));
		}
		return phases;
	}

	private static List<Parameter> parameters(NodeTuple field, List<RulesetError> errors) {
		List<Parameter> parameters = new ArrayList<>();
		if (field == null) {
			return parameters;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			errors.add(error(line(field.getValueNode()), "parameters 应是以参数名为键的键值对"));
			return parameters;
		}
		Set<String> names = new HashSet<>();
		for (NodeTuple entry : mapping.getValue()) {
			String name = scalar(entry.getKeyNode());
			int line = line(entry.getKeyNode());
			if (name == null || !NAME.matcher(name).matches()) {
				errors.add(error(line, "参数名「" + name + "」应以小写英文字母开头，只含字母和数字（如 minRecords）"));
				continue;
			}
			if (!names.add(name)) {
				errors.add(error(line, "参数 " + name + " 重复声明"));
				continue;
			}
			if (!(entry.getValueNode() instanceof MappingNode spec)) {
				errors.add(error(line, "参数 " + name + " 应写明 type、value、label 和 clause"));
				continue;
			}
			Map<String, NodeTuple> fields = fields(spec, PARAMETER_KEYS, "参数 " + name, errors);
			String typeName = text(fields.get("type"), errors);
			ParameterType type = ParameterType.of(typeName).orElse(null);
			String label = text(fields.get("label"), errors);
			String clause = text(fields.get("clause"), errors);
			if (type == null) {
				errors.add(error(line(fields.get("type"), spec), "参数 " + name + " 的类型「" + typeName + "」不存在，应是 "
						+ String.join("、", Arrays.stream(ParameterType.values()).map(ParameterType::keyword).toList())
						+ " 之一"));
				continue;
			}
			if (label == null || label.isBlank()) {
				errors.add(error(line, "参数 " + name + " 缺少中文说明 label"));
			}
			if (clause == null || clause.isBlank()) {
				errors.add(error(line, "参数 " + name + " 缺少所依据的政策条款 clause"));
			}
			NodeTuple valueField = fields.get("value");
			if (valueField == null) {
				errors.add(error(line, "参数 " + name + " 缺少取值 value"));
				continue;
			}
			String of = text(fields.get("of"), errors);
			// A value that is not of its type is reported here and the parameter kept (without a value), so that the
			// rules reading it are not also told it is undeclared.
			Object value = value(name, type, of, valueField.getValueNode(), fields.get("of"), errors);
			parameters.add(new Parameter(name, type, (type == ParameterType.SET) ? of : null, value, label, clause, line));
		}
		return parameters;
	}

	/** The value of a parameter in its type, or null with an error when it does not have that type. */
	private static Object value(String name, ParameterType type, String of, Node node, NodeTuple ofField,
			List<RulesetError> errors) {
		int line = line(node);
		String wrong = "参数 " + name + " 的类型是 " + type.keyword() + "（" + type.label() + "），取值";
		if (type == ParameterType.SET) {
			Class<?> enumeration = enumeration(of);
			if (enumeration == null) {
				errors.add(error((ofField != null) ? line(ofField.getValueNode()) : line, "参数 " + name
						+ " 是集合，须用 of 写明其成员的枚举类型（如 IncidentType），现为「" + of + "」"));
				return null;
			}
			if (!(node instanceof SequenceNode sequence)) {
				errors.add(error(line, wrong + "应是列表，如 [FIRE_LANE_BLOCKED, GAS_HAZARD]"));
				return null;
			}
			List<String> members = new ArrayList<>();
			List<String> constants = Arrays.stream(enumeration.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toList();
			boolean ok = true;
			for (Node item : sequence.getValue()) {
				String member = scalar(item);
				if (!constants.contains(member)) {
					errors.add(error(line(item), "参数 " + name + " 的成员「" + member + "」不是 " + of + " 的取值，应是 "
							+ String.join("、", constants) + " 之一"));
					ok = false;
				}
				else {
					members.add(member);
				}
			}
			return ok ? List.copyOf(members) : null;
		}
		String text = scalar(node);
		if (text == null) {
			errors.add(error(line, wrong + "不能是列表或键值对"));
			return null;
		}
		try {
			return switch (type) {
				case INTEGER -> Integer.valueOf(text);
				case DECIMAL -> ParameterType.decimal(text);
				case RATIO -> ratio(text);
				case DATE -> LocalDate.parse(text);
				case TEXT -> text;
				case SET -> throw new IllegalStateException();
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			errors.add(error(line, wrong + "「" + text + "」不是" + type.label()
					+ ((type == ParameterType.DATE) ? "（格式 yyyy-MM-dd）" : "")
					+ ((type == ParameterType.DECIMAL || type == ParameterType.RATIO) ? "（最多 "
							+ ParameterType.INTEGER_DIGITS + " 位整数、" + ParameterType.FRACTION_DIGITS + " 位小数）" : "")));
			return null;
		}
	}

	private static BigDecimal ratio(String text) {
		BigDecimal ratio = ParameterType.decimal(text);
		if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
			throw new NumberFormatException(text);
		}
		return ratio;
	}

	static Class<?> enumeration(String name) {
		if (name == null || !name.matches("[A-Z][A-Za-z]*")) {
			return null;
		}
		try {
			Class<?> type = Class.forName(FACTS_PACKAGE + name);
			return type.isEnum() ? type : null;
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	static Map<String, NodeTuple> fields(MappingNode mapping, Set<String> known, String what,
			List<RulesetError> errors) {
		Map<String, NodeTuple> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!known.contains(key)) {
				errors.add(error(line(tuple.getKeyNode()), what + "中有未知的键「" + key + "」，可用的键："
						+ String.join("、", known.stream().sorted().toList())));
			}
			else if (fields.putIfAbsent(key, tuple) != null) {
				errors.add(error(line(tuple.getKeyNode()), what + "中的键「" + key + "」重复"));
			}
		}
		return fields;
	}

	static List<Node> items(NodeTuple field, String what, List<RulesetError> errors) {
		if (field == null) {
			return List.of();
		}
		if (field.getValueNode() instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		errors.add(error(line(field.getValueNode()), what + " 应是列表"));
		return List.of();
	}

	static String text(NodeTuple field, List<RulesetError> errors) {
		if (field == null) {
			return null;
		}
		String value = scalar(field.getValueNode());
		if (value == null) {
			errors.add(error(line(field.getValueNode()), "键「" + scalar(field.getKeyNode()) + "」的值应是一个值，不是列表或键值对"));
		}
		return value;
	}

	private static Integer integer(NodeTuple field, List<RulesetError> errors) {
		String value = text(field, errors);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			errors.add(error(line(field.getValueNode()), "year 应是四位数的年度，现为「" + value + "」"));
			return null;
		}
	}

	static String scalar(Node node) {
		return (node instanceof ScalarNode scalar) ? scalar.getValue() : null;
	}

	static int line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

	static int line(NodeTuple field, Node fallback) {
		return (field != null) ? line(field.getValueNode()) : line(fallback);
	}

	static RulesetError error(int line, String message) {
		return new RulesetError(MANIFEST, line, 0, message);
	}

}
