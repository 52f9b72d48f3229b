package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks that the DRL files use the manifest as policy files must: every rule names one of the manifest's phases
 * ({@code agenda-group}) and no salience; no file writes a {@code package} line (the folder decides it); every
 * parameter a rule reads ({@code params.integer("minRecords")}) is declared with the type it is read as; and no
 * number of policy (anything but 0 and 1) is written in a rule's code: those belong in the parameters; and each
 * remedy of the manifest names a rule of the ruleset. Each problem names its file and line.
 */
final class RulesetStructure {

	/** The accessors of {@link Parameters} and the type each reads. */
	private static final Map<String, ParameterType> ACCESSORS = Map.of("integer", ParameterType.INTEGER, "decimal",
			ParameterType.DECIMAL, "ratio", ParameterType.RATIO, "date", ParameterType.DATE, "text", ParameterType.TEXT,
			"includes", ParameterType.SET, "listed", ParameterType.SET, "percent", ParameterType.RATIO);

	private static final Pattern PARAMS = Pattern.compile("(?<!global Parameters )\\bparams\\b");

	private static final Pattern PARAMETER = Pattern
		.compile("\\Gparams\\s*\\.\\s*(\\w+)\\s*\\(\\s*\"([^\"\\\\]*)\"");

	private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])(\\d+(?:\\.\\d+)?)(?![\\w.])");

	private static final Pattern CODE = Pattern.compile("@code\\(\\s*\"([^\"]+)\"\\s*\\)");

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\b", Pattern.MULTILINE);

	private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

	List<RulesetError> check(RulesetManifest manifest, List<RulesetFile> files) {
		List<RulesetError> errors = new ArrayList<>();
		java.util.Set<String> codes = new java.util.HashSet<>();
		for (RulesetFile file : files) {
			if (file.isDrl()) {
				check(manifest, file, errors);
				Matcher code = CODE.matcher(file.content());
				while (code.find()) {
					codes.add(code.group(1));
				}
			}
		}
		for (Remedy remedy : manifest.remedies().all()) {
			if (!codes.contains(remedy.code())) {
				errors.add(new RulesetError(ManifestReader.MANIFEST, remedy.line(), 0, "补正办法 " + remedy.code()
						+ " 不是本规则集中任何规则的编号（@code）"));
			}
		}
		return errors;
	}

	private void check(RulesetManifest manifest, RulesetFile file, List<RulesetError> errors) {
		String code = CodeScan.blank(COMMENTS, file.content());
		Matcher pkg = PACKAGE.matcher(code);
		if (pkg.find()) {
			errors.add(error(file, code, pkg.start(), "规则文件不写 package 行：包名由所在文件夹（方案与年度）决定，复制到新年度时不必修改"));
		}
		parameters(manifest, file, code, errors);
		numbers(file, CodeScan.blank(STRINGS, code), errors);
		phases(manifest, file, errors);
	}

	private static void parameters(RulesetManifest manifest, RulesetFile file, String code, List<RulesetError> errors) {
		Matcher uses = PARAMS.matcher(CodeScan.blank(STRINGS, code));
		while (uses.find()) {
			Matcher use = PARAMETER.matcher(code);
			if (!use.find(uses.start()) || !ACCESSORS.containsKey(use.group(1))) {
				errors.add(error(file, code, uses.start(), "参数应写成 params.<类型>(\"参数名\")，类型是 "
						+ ACCESSORS.keySet().stream().sorted().collect(Collectors.joining("、")) + " 之一，参数名直接写出"));
				continue;
			}
			ParameterType readAs = ACCESSORS.get(use.group(1));
			Optional<Parameter> declared = manifest.parameter(use.group(2));
			if (declared.isEmpty()) {
				errors.add(error(file, code, uses.start(), "参数「" + use.group(2) + "」没有在 manifest.yaml 的 parameters 中声明"
						+ suggestion(manifest, use.group(2))));
			}
			else if (declared.get().type() != readAs) {
				errors.add(error(file, code, uses.start(), "参数「" + use.group(2) + "」在 manifest.yaml 中的类型是 "
						+ declared.get().type().keyword() + "（" + declared.get().type().label() + "），不能用 params."
						+ use.group(1) + " 读取"));
			}
		}
	}

	private static String suggestion(RulesetManifest manifest, String name) {
		return manifest.parameters().stream()
			.map(Parameter::name)
			.filter((declared) -> declared.equalsIgnoreCase(name) || declared.startsWith(name) || name.startsWith(declared))
			.findFirst()
			.map((declared) -> "（是否想写 " + declared + "？）")
			.orElse("");
	}

	private static void numbers(RulesetFile file, String code, List<RulesetError> errors) {
		Matcher number = NUMBER.matcher(code);
		while (number.find()) {
			String value = number.group(1);
			if (!value.equals("0") && !value.equals("1")) {
				errors.add(error(file, code, number.start(), "规则中不写政策数字「" + value
						+ "」：门槛、分值、日期、名额等写在 manifest.yaml 的 parameters 中，规则用 params 读取"));
			}
		}
	}

	private static void phases(RulesetManifest manifest, RulesetFile file, List<RulesetError> errors) {
		PackageDescr drl;
		DrlParser parser = new DrlParser();
		try {
			drl = parser.parse(false, file.content());
		}
		catch (DroolsParserException ex) {
			return;
		}
		if (drl == null || parser.hasErrors()) {
			return;
		}
		List<String> declared = manifest.phases().stream().map(Phase::name).toList();
		for (RuleDescr rule : drl.getRules()) {
			Map<String, AttributeDescr> attributes = rule.getAttributes();
			AttributeDescr group = attributes.get("agenda-group");
			if (group == null) {
				errors.add(new RulesetError(file.name(), rule.getLine(), rule.getColumn(), "规则「" + rule.getName()
						+ "」没有写明所属阶段（agenda-group \"…\"），可用的阶段：" + String.join("、", declared)));
			}
			else if (!declared.contains(group.getValue())) {
				errors.add(new RulesetError(file.name(), group.getLine(), group.getColumn(), "规则「" + rule.getName()
						+ "」所属的阶段「" + group.getValue() + "」没有在 manifest.yaml 的 phases 中声明，可用的阶段："
						+ String.join("、", declared)));
			}
			for (String ordering : List.of("salience", "ruleflow-group", "activation-group", "auto-focus")) {
				AttributeDescr attribute = attributes.get(ordering);
				if (attribute != null) {
					errors.add(new RulesetError(file.name(), attribute.getLine(), attribute.getColumn(), "规则「"
							+ rule.getName() + "」不用 " + ordering + "：评价顺序由 manifest.yaml 中的阶段（phases）决定"));
				}
			}
		}
	}

	private static RulesetError error(RulesetFile file, String text, int offset, String message) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new RulesetError(file.name(), line, offset - lineStart + 1, message);
	}

}
