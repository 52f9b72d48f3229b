package org.redproperty.ruleset;

import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Parameter values of a {@code manifest.yaml} changed in its text, as a policy officer changes them in a form: only
 * the {@code value} of each parameter named is rewritten, in place, so that comments, order and every other line
 * stay as they were. Values are written as given; whether each has its parameter's type is the check's to say,
 * with the line, as for a manifest edited by hand.
 */
public final class ManifestValues {

	private static final Pattern PLAIN = Pattern.compile("[0-9A-Za-z_.+\\-]+");

	private ManifestValues() {
	}

	/**
	 * The manifest with the values given (by parameter name, as typed in the form; a set's members separated by
	 * commas) in place of its own; the same text when no value differs from the manifest's.
	 */
	public static String withValues(String manifest, Map<String, String> values) {
		Node root = new Yaml(new LoaderOptions()).compose(new StringReader(manifest));
		Map<Integer, Replacement> replacements = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		Map<String, Parameter> declared = new LinkedHashMap<>();
		parameters(manifest).forEach((p) -> declared.put(p.name(), p));
		Optional<MappingNode> parameters = mapping(root, "parameters");
		for (NodeTuple entry : parameters.map(MappingNode::getValue).orElse(List.of())) {
			String name = ManifestReader.scalar(entry.getKeyNode());
			String given = values.get(name);
			Parameter parameter = declared.get(name);
			if (given == null || parameter == null || !(entry.getValueNode() instanceof MappingNode spec)) {
				continue;
			}
			Optional<Node> value = spec.getValue()
				.stream()
				.filter((field) -> "value".equals(ManifestReader.scalar(field.getKeyNode())))
				.map(NodeTuple::getValueNode)
				.findFirst();
			if (value.isEmpty() || same(parameter, given)) {
				continue;
			}
			// marks count code points; the text is indexed by UTF-16 units
			Node node = value.get();
			replacements.put(manifest.offsetByCodePoints(0, node.getStartMark().getIndex()), new Replacement(
					manifest.offsetByCodePoints(0, node.getEndMark().getIndex()), yaml(parameter.type(), given)));
		}
		StringBuilder text = new StringBuilder(manifest);
		replacements.forEach((start, replacement) -> text.replace(start, replacement.end(), replacement.text()));
		return text.toString();
	}

	/** The parameters a manifest declares, as far as it can be read (none when it cannot). */
	public static List<Parameter> parameters(String manifest) {
		ManifestReader.Read read = new ManifestReader().read(manifest);
		return (read.manifest() != null) ? read.manifest().parameters() : List.of();
	}

	/** The members a set parameter may hold: the constants of its enumeration; empty for other parameters. */
	public static List<String> choices(Parameter parameter) {
		Class<?> enumeration = (parameter.type() == ParameterType.SET) ? ManifestReader.enumeration(parameter.of()) : null;
		return (enumeration != null)
				? Arrays.stream(enumeration.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toList() : List.of();
	}

	/** Whether the value typed is the one declared: {@code 0.780} is {@code 0.78}, members as listed. */
	private static boolean same(Parameter parameter, String given) {
		if (parameter.type() == ParameterType.SET) {
			return members(given).equals(parameter.value());
		}
		try {
			Object typed = parameter.type().parse(given);
			return (typed instanceof java.math.BigDecimal number && parameter.value() instanceof java.math.BigDecimal declared)
					? number.compareTo(declared) == 0 : typed.equals(parameter.value());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static List<String> members(String given) {
		return Arrays.stream(given.split("[,，、\\s]+")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** The value as YAML: a set as a flow list, plain words plain, anything else double-quoted on one line. */
	private static String yaml(ParameterType type, String given) {
		if (type == ParameterType.SET) {
			return "[" + String.join(", ", members(given).stream().map(ManifestValues::scalar).toList()) + "]";
		}
		return scalar(given.strip());
	}

	private static String scalar(String value) {
		if (PLAIN.matcher(value).matches()) {
			return value;
		}
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", " ") + "\"";
	}

	private static Optional<MappingNode> mapping(Node root, String key) {
		if (!(root instanceof MappingNode mapping)) {
			return Optional.empty();
		}
		return mapping.getValue()
			.stream()
			.filter((field) -> key.equals(ManifestReader.scalar(field.getKeyNode())))
			.map(NodeTuple::getValueNode)
			.filter(MappingNode.class::isInstance)
			.map(MappingNode.class::cast)
			.findFirst();
	}

	private record Replacement(int end, String text) {
	}

}
