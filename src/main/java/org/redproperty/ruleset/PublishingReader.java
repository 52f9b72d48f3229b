package org.redproperty.ruleset;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.redproperty.facts.HolderType;
import org.redproperty.facts.SubjectType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

import static org.redproperty.ruleset.ManifestReader.error;
import static org.redproperty.ruleset.ManifestReader.fields;
import static org.redproperty.ruleset.ManifestReader.line;
import static org.redproperty.ruleset.ManifestReader.scalar;
import static org.redproperty.ruleset.ManifestReader.text;

/**
 * Reads the {@code publish} section of a manifest ({@link Publishing}), checking each entry with its line: a
 * subject type that can hold titles and that the ruleset evaluates, a status the manifest lists for it, a rule code,
 * a title text that fits the {@code titles} column, and a revocation with its status, scheme, year (a year or an
 * integer parameter) and title.
 */
final class PublishingReader {

	private static final Set<String> KEYS = Set.of("statuses", "awards", "revokes");

	private static final Set<String> REVOCATION_KEYS = Set.of("status", "scheme", "year", "title");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]*");

	/** The width of the {@code title} column of {@code titles} (V15). */
	private static final int TITLE_LENGTH = 100;

	private final List<SubjectType> subjectTypes;

	private final Map<SubjectType, List<String>> statuses;

	private final List<Parameter> parameters;

	private final List<RulesetError> errors;

	PublishingReader(List<SubjectType> subjectTypes, Map<SubjectType, List<String>> statuses,
			List<Parameter> parameters, List<RulesetError> errors) {
		this.subjectTypes = subjectTypes;
		this.statuses = statuses;
		this.parameters = parameters;
		this.errors = errors;
	}

	Publishing read(NodeTuple field) {
		if (field == null) {
			return Publishing.NONE;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "publish 应是键值对（statuses、awards、revokes）"));
			return Publishing.NONE;
		}
		Map<String, NodeTuple> fields = fields(mapping, KEYS, "publish", this.errors);
		return new Publishing(statuses(fields.get("statuses")), awards(fields.get("awards")),
				revocation(fields.get("revokes")));
	}

	private Map<SubjectType, Map<String, String>> statuses(NodeTuple field) {
		Map<SubjectType, Map<String, String>> statuses = new EnumMap<>(SubjectType.class);
		for (NodeTuple entry : entries(field, "publish.statuses 应以对象类型（PROJECT、COMPANY）为键")) {
			String key = scalar(entry.getKeyNode());
			SubjectType type = holder(key, line(entry.getKeyNode()));
			if (type == null) {
				continue;
			}
			Map<String, String> titles = new LinkedHashMap<>();
			for (NodeTuple status : entries(entry, "publish.statuses." + key + " 应以状态为键、称号为值")) {
				String name = scalar(status.getKeyNode());
				if (!this.statuses.getOrDefault(type, List.of()).contains(name)) {
					this.errors.add(error(line(status.getKeyNode()), "publish.statuses." + key + " 中的状态「" + name
							+ "」不在清单 statuses 为 " + key + " 列出的状态中：" + this.statuses.getOrDefault(type, List.of())));
					continue;
				}
				String title = title(status, "状态 " + name + " 的称号");
				if (title != null) {
					titles.put(name, title);
				}
			}
			statuses.put(type, titles);
		}
		return statuses;
	}

	private Map<String, String> awards(NodeTuple field) {
		Map<String, String> awards = new LinkedHashMap<>();
		for (NodeTuple entry : entries(field, "publish.awards 应以规则代码为键、称号为值")) {
			String code = scalar(entry.getKeyNode());
			if (code == null || !CODE.matcher(code).matches()) {
				this.errors.add(error(line(entry.getKeyNode()), "publish.awards 的键应是给出荣誉的规则代码（如 HQ-STEWARD），现为「"
						+ code + "」"));
				continue;
			}
			String title = title(entry, "规则 " + code + " 的荣誉的称号");
			if (title != null) {
				awards.put(code, title);
			}
		}
		return awards;
	}

	private Publishing.Revocation revocation(NodeTuple field) {
		if (field == null) {
			return null;
		}
		if (!(field.getValueNode() instanceof MappingNode mapping)) {
			this.errors.add(error(line(field.getValueNode()), "publish.revokes 应写明 status、scheme、year、title"));
			return null;
		}
		Map<String, NodeTuple> fields = fields(mapping, REVOCATION_KEYS, "publish.revokes", this.errors);
		String status = text(fields.get("status"), this.errors);
		String scheme = text(fields.get("scheme"), this.errors);
		String year = text(fields.get("year"), this.errors);
		String title = text(fields.get("title"), this.errors);
		if (status == null || scheme == null || year == null || title == null || status.isBlank() || scheme.isBlank()
				|| year.isBlank() || title.isBlank()) {
			this.errors.add(error(line(mapping), "publish.revokes 须写明 status（撤销称号的状态）、scheme、year、title（所撤销的称号）"));
			return null;
		}
		if (this.statuses.values().stream().noneMatch((listed) -> listed.contains(status))) {
			this.errors.add(error(line(fields.get("status").getValueNode()), "publish.revokes 的状态「" + status
					+ "」不在清单 statuses 列出的状态中"));
		}
		boolean yearParameter = this.parameters.stream()
			.anyMatch((p) -> p.name().equals(year) && p.type() == ParameterType.INTEGER);
		if (!yearParameter && !year.matches("[0-9]{4}")) {
			this.errors.add(error(line(fields.get("year").getValueNode()), "publish.revokes 的 year 应是四位数的年度或整数参数名，现为「"
					+ year + "」"));
		}
		return new Publishing.Revocation(status, scheme, year, title);
	}

	/** The subject type of a key, if subjects of that type can hold titles and the ruleset evaluates them. */
	private SubjectType holder(String key, int line) {
		SubjectType type = java.util.Arrays.stream(SubjectType.values())
			.filter((t) -> t.name().equals(key))
			.findFirst()
			.orElse(null);
		if (type == null || HolderType.of(type) == null) {
			this.errors.add(error(line, "publish.statuses 的键「" + key + "」不是可持有称号的对象类型，应是 PROJECT 或 COMPANY"));
			return null;
		}
		if (!this.subjectTypes.contains(type)) {
			this.errors.add(error(line, "publish.statuses 的对象类型 " + key + " 不在清单的 subjectTypes 中"));
			return null;
		}
		return type;
	}

	private String title(NodeTuple entry, String what) {
		String title = scalar(entry.getValueNode());
		if (title == null || title.isBlank()) {
			this.errors.add(error(line(entry.getValueNode()), what + "应是一段文字（称号代码，可含 {period}、{holder}）"));
			return null;
		}
		if (title.length() > TITLE_LENGTH) {
			this.errors.add(error(line(entry.getValueNode()), what + "最多 " + TITLE_LENGTH + " 个字符"));
			return null;
		}
		return title;
	}

	private List<NodeTuple> entries(NodeTuple field, String message) {
		if (field == null) {
			return List.of();
		}
		if (field.getValueNode() instanceof MappingNode mapping) {
			return mapping.getValue();
		}
		this.errors.add(error(line(field.getValueNode()), message));
		return List.of();
	}

}
