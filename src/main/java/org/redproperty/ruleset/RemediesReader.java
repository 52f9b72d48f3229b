package org.redproperty.ruleset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.redproperty.facts.SubjectType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import static org.redproperty.ruleset.ManifestReader.error;
import static org.redproperty.ruleset.ManifestReader.fields;
import static org.redproperty.ruleset.ManifestReader.items;
import static org.redproperty.ruleset.ManifestReader.line;
import static org.redproperty.ruleset.ManifestReader.scalar;
import static org.redproperty.ruleset.ManifestReader.text;

/**
 * Reads the {@code statuses} and {@code remedies} sections of a manifest, checking each entry as the rest of the
 * manifest is checked, with its line: a known kind of record and fields it has, values of the field's type (a
 * literal, a parameter of a fitting type, or {@code subject}, {@code asOf}, {@code unit}), one way per remedy.
 * That each remedy names a rule of the ruleset is checked with the rules ({@link RulesetStructure}).
 */
final class RemediesReader {

	/** The words a remedy's value may be instead of a literal or a parameter. */
	static final Set<String> WORDS = Set.of("subject", "asOf", "unit");

	private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Set<String> DEFECT_KEYS = Set.of("action", "set");

	private static final Set<String> GATE_KEYS = Set.of("action", "blocker", "records", "change", "add", "raise", "set",
			"new", "fields", "max", "where");

	private static final Set<String> RANK_KEYS = Set.of("action", "places", "raise", "fields", "max", "where");

	private final List<Parameter> parameters;

	private final List<RulesetError> errors;

	RemediesReader(List<Parameter> parameters, List<RulesetError> errors) {
		this.parameters = parameters;
		this.errors = errors;
	}

	Map<SubjectType, List<String>> statuses(NodeTuple field, List<SubjectType> subjectTypes) {
		Map<SubjectType, List<String>> statuses = new EnumMap<>(SubjectType.class);
		if (field == null) {
			return statuses;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "statuses 应以评价对象类型为键，值为该类对象可得的状态（从好到差）"));
			return statuses;
		}
		for (NodeTuple entry : mapping.getValue()) {
			String key = scalar(entry.getKeyNode());
			SubjectType type = Arrays.stream(SubjectType.values()).filter((t) -> t.name().equals(key)).findFirst().orElse(null);
			if (type == null || !subjectTypes.contains(type)) {
				this.errors.add(error(line(entry.getKeyNode()), "statuses 中的「" + key + "」不是本规则集评价的对象类型（subjectTypes）"));
				continue;
			}
			List<String> values = new ArrayList<>();
			for (Node item : items(entry, "statuses." + key, this.errors)) {
				String status = scalar(item);
				if (status == null || !STATUS.matcher(status).matches() || values.contains(status)) {
					this.errors.add(error(line(item), "状态「" + status + "」应是大写英文字母、数字和下划线（如 FIVE_STAR），且不重复"));
				}
				else {
					values.add(status);
				}
			}
			if (values.isEmpty()) {
				this.errors.add(error(line(entry.getKeyNode()), "statuses." + key + " 至少要列出一个状态（第一个是最好的状态）"));
			}
			statuses.put(type, List.copyOf(values));
		}
		return statuses;
	}

	Remedies remedies(NodeTuple field) {
		if (field == null) {
			return Remedies.NONE;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "remedies 应含 window、defects、gates 或 ranks"));
			return Remedies.NONE;
		}
		Map<String, NodeTuple> fields = fields(mapping, Set.of("window", "defects", "gates", "ranks"), "remedies", this.errors);
		String window = text(fields.get("window"), this.errors);
		if (window != null && parameter(window).filter((p) -> p.type() == ParameterType.DATE).isEmpty()) {
			this.errors.add(error(line(fields.get("window").getValueNode()), "remedies.window 应是日期参数的名称（计分期截止日），「"
					+ window + "」不是"));
			window = null;
		}
		return new Remedies(window, entries(fields.get("defects"), DEFECT_KEYS, "defects"),
				entries(fields.get("gates"), GATE_KEYS, "gates"), entries(fields.get("ranks"), RANK_KEYS, "ranks"));
	}

	private Map<String, Remedy> entries(NodeTuple field, Set<String> keys, String section) {
		Map<String, Remedy> remedies = new LinkedHashMap<>();
		if (field == null) {
			return remedies;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "remedies." + section + " 应以规则编号为键"));
			return remedies;
		}
		for (NodeTuple entry : mapping.getValue()) {
			String code = scalar(entry.getKeyNode());
			int line = line(entry.getKeyNode());
			if (!(entry.getValueNode() instanceof MappingNode spec)) {
				this.errors.add(error(line, "补正办法 " + code + " 应写明 action 和补正的方式"));
				continue;
			}
			if (remedies.containsKey(code)) {
				this.errors.add(error(line, "补正办法 " + code + " 重复"));
				continue;
			}
			Remedy remedy = remedy(code, line, fields(spec, keys, "补正办法 " + code, this.errors), section);
			if (remedy != null) {
				remedies.put(code, remedy);
			}
		}
		return remedies;
	}

	private Remedy remedy(String code, int line, Map<String, NodeTuple> fields, String section) {
		String action = text(fields.get("action"), this.errors);
		if (action == null || action.isBlank()) {
			this.errors.add(error(line, "补正办法 " + code + " 缺少中文说明 action（怎么做）"));
		}
		if (section.equals("defects")) {
			return new Remedy(code, action, Remedy.Way.FIX, null, values(code, null, fields.get("set"), line), null, null,
					null, null, line);
		}
		if (section.equals("ranks")) {
			String places = text(fields.get("places"), this.errors);
			if (places == null || parameter(places).filter((p) -> p.type() == ParameterType.INTEGER).isEmpty()) {
				this.errors.add(error(line, "名次的补正办法 " + code + " 须用 places 写明名额的整数参数，现为「" + places + "」"));
			}
			Remedy raise = raise(code, line, fields, Remedy.Way.RAISE);
			return new Remedy(code, action, Remedy.Way.RAISE, raise.kind(), null, raise.where(), raise.fields(), raise.max(),
					places, line);
		}
		List<String> ways = List.of("blocker", "records", "change", "add", "raise").stream().filter(fields::containsKey).toList();
		if (ways.size() != 1) {
			this.errors.add(error(line, "门槛的补正办法 " + code + " 须写明且只写一种方式：blocker、records、change、add 或 raise"));
			return null;
		}
		return switch (ways.get(0)) {
			case "blocker" -> new Remedy(code, action, Remedy.Way.BLOCKER, null, null, null, null, null, null, line);
			case "records" -> withValues(code, action, Remedy.Way.RECORDS, fields, "records", "new", false, line);
			case "change" -> withValues(code, action, Remedy.Way.CHANGE, fields, "change", "set", true, line);
			case "add" -> withValues(code, action, Remedy.Way.ADD, fields, "add", "new", true, line);
			default -> {
				Remedy r = raise(code, line, fields, Remedy.Way.RAISE);
				yield new Remedy(code, action, r.way(), r.kind(), null, r.where(), r.fields(), r.max(), null, line);
			}
		};
	}

	private Remedy withValues(String code, String action, Remedy.Way way, Map<String, NodeTuple> fields, String kindKey,
			String valuesKey, boolean required, int line) {
		String kind = kind(code, fields.get(kindKey));
		return new Remedy(code, action, way, kind, values(code, kind, fields.get(valuesKey), required ? line : -1), null, null, null,
				null, line);
	}

	private Remedy raise(String code, int line, Map<String, NodeTuple> fields, Remedy.Way way) {
		String kind = kind(code, fields.get("raise"));
		List<String> raised = new ArrayList<>();
		for (Node item : items(fields.get("fields"), "fields", this.errors)) {
			String name = scalar(item);
			Optional<Class<?>> type = (kind != null) ? RecordFields.fieldType(kind, name) : Optional.empty();
			if (kind != null && type.filter(BigDecimal.class::equals).isEmpty()) {
				this.errors.add(error(line(item), "补正办法 " + code + " 要提高的「" + name + "」不是 " + kind + " 的数值字段"));
			}
			raised.add(name);
		}
		if (raised.isEmpty()) {
			this.errors.add(error(line, "补正办法 " + code + " 须用 fields 列出要提高的数值字段"));
		}
		String max = text(fields.get("max"), this.errors);
		if (max == null || (!isNumber(max) && parameter(max).filter((p) -> p.value() instanceof BigDecimal).isEmpty())) {
			this.errors.add(error(line, "补正办法 " + code + " 须用 max 写明字段的最高值（数字或小数参数），现为「" + max + "」"));
		}
		Map<String, String> where = values(code, kind, fields.get("where"), -1);
		return new Remedy(code, null, way, kind, null, where, raised, max, null, line);
	}

	private String kind(String code, NodeTuple field) {
		String kind = text(field, this.errors);
		if (kind == null || RecordFields.recordType(kind).isEmpty()) {
			this.errors.add(error((field != null) ? line(field.getValueNode()) : 0, "补正办法 " + code + " 的记录类型「" + kind
					+ "」不存在，应是 " + String.join("、", RecordFields.kinds()) + " 之一"));
			return null;
		}
		return kind;
	}

	/**
	 * The fields to set, each checked against the field's type; {@code kind} null for a defect (any kind);
	 * {@code requiredAt} the remedy's line when the fields are required, else -1.
	 */
	private Map<String, String> values(String code, String kind, NodeTuple field, int requiredAt) {
		Map<String, String> values = new LinkedHashMap<>();
		if (field == null) {
			if (requiredAt >= 0) {
				this.errors.add(error(requiredAt, "补正办法 " + code + " 缺少要设定的字段（set 或 new）"));
			}
			return values;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "补正办法 " + code + " 的 " + scalar(field.getKeyNode())
					+ " 应是“字段: 取值”的键值对"));
			return values;
		}
		for (NodeTuple entry : mapping.getValue()) {
			String name = scalar(entry.getKeyNode());
			String value = scalar(entry.getValueNode());
			int line = line(entry.getKeyNode());
			Optional<Class<?>> type = (kind != null) ? RecordFields.fieldType(kind, name)
					: RecordFields.kinds().stream().map((k) -> RecordFields.fieldType(k, name)).flatMap(Optional::stream).findFirst();
			if (type.isEmpty()) {
				this.errors.add(error(line, "补正办法 " + code + " 的字段「" + name + "」不存在" + ((kind != null)
						? "，" + kind + " 的字段有：" + String.join("、", RecordFields.fields(kind)) : "")));
			}
			else if (value == null || !fits(value, type.get())) {
				this.errors.add(error(line(entry.getValueNode()), "补正办法 " + code + " 的字段 " + name + " 是"
						+ type.get().getSimpleName() + "，取值「" + value + "」既不是这种值，也不是这种类型的参数或 subject、asOf、unit"));
			}
			values.put(name, value);
		}
		return values;
	}

	/** Whether a value may be set into a field of that type. */
	private boolean fits(String value, Class<?> declared) {
		Class<?> type = (declared == int.class) ? Integer.class : (declared == boolean.class) ? Boolean.class : declared;
		if (WORDS.contains(value)) {
			return value.equals("subject") ? type == String.class
					: value.equals("asOf") ? type == LocalDate.class : (type == LocalDate.class || type == String.class);
		}
		Optional<Parameter> parameter = parameter(value);
		if (parameter.isPresent()) {
			Object v = parameter.get().value();
			return (type == String.class && v instanceof String) || (type == LocalDate.class && v instanceof LocalDate)
					|| ((type == Integer.class || type == BigDecimal.class) && (v instanceof Integer || v instanceof BigDecimal));
		}
		if (type == Integer.class) {
			return value.matches("-?\\d+");
		}
		if (type == BigDecimal.class) {
			return isNumber(value);
		}
		if (type == Boolean.class) {
			return value.equals("true") || value.equals("false");
		}
		if (type == LocalDate.class) {
			try {
				LocalDate.parse(value);
				return true;
			}
			catch (DateTimeParseException ex) {
				return false;
			}
		}
		if (type.isEnum()) {
			return Arrays.stream(type.getEnumConstants()).anyMatch((c) -> ((Enum<?>) c).name().equals(value));
		}
		return type == String.class;
	}

	private static boolean isNumber(String text) {
		return text.matches("-?\\d+(\\.\\d+)?");
	}

	private Optional<Parameter> parameter(String name) {
		return this.parameters.stream().filter((p) -> p.name().equals(name)).findFirst();
	}

}
