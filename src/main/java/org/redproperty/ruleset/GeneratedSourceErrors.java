package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.kie.api.builder.Message;

/**
 * Turns the compiler's messages into errors located in the DRL files. The executable model reports Java errors
 * in the sources it generates from the rules; such an error is traced back to its rule (by the rule-name comment
 * the generator writes above each rule, or by the consequence the generated lambda holds) and reported at that
 * rule's line in its DRL file.
 */
final class GeneratedSourceErrors {

	private static final Pattern SOURCE_IN_ERROR = Pattern.compile("Java source of (\\S+) in error:\\s*(.*)",
			Pattern.DOTALL);

	private static final Pattern QUOTED_EXPRESSION = Pattern.compile("expression: ([^\\r\\n]+)");

	private static final Pattern RULE_NAME = Pattern.compile("Rule name: (.+)");

	private GeneratedSourceErrors() {
	}

	static List<RulesetError> locate(List<Message> messages, List<RulesetFile> drl) {
		Map<String, String> sources = new HashMap<>();
		for (Message message : messages) {
			Matcher matcher = SOURCE_IN_ERROR.matcher(message.getText());
			if (matcher.find()) {
				sources.put(matcher.group(1), matcher.group(2));
			}
		}
		List<Located> rules = rules(drl);
		Set<RulesetError> errors = new LinkedHashSet<>();
		for (Message message : messages) {
			String path = (message.getPath() != null) ? message.getPath() : "";
			String file = path.substring(path.lastIndexOf('/') + 1);
			if (SOURCE_IN_ERROR.matcher(message.getText()).find()) {
				continue;
			}
			if (file.endsWith(".java")) {
				Optional<Located> rule = ruleOf(sources.get(path), message.getLine(), rules);
				if (rule.isPresent()) {
					errors.add(new RulesetError(rule.get().file(), rule.get().rule().getLine(), 0,
							"规则「" + rule.get().rule().getName() + "」无法编译：" + readable(message.getText())));
					continue;
				}
			}
			int line = Math.max(message.getLine(), 0);
			if (line == 0) {
				line = lineOfExpression(message.getText(), file, drl);
			}
			errors.add(new RulesetError(file, line, Math.max(message.getColumn(), 0), readable(message.getText())));
		}
		return new ArrayList<>(errors);
	}

	/**
	 * For a message without a line that quotes the expression it could not parse ({@code Unable to parse left part
	 * of expression: photos == null}), the line of that expression in its file; 0 when it is not found once.
	 */
	private static int lineOfExpression(String text, String file, List<RulesetFile> drl) {
		Matcher quoted = QUOTED_EXPRESSION.matcher(text);
		Optional<RulesetFile> source = drl.stream().filter((f) -> f.name().equals(file)).findFirst();
		if (!quoted.find() || source.isEmpty()) {
			return 0;
		}
		String content = source.get().content();
		int at = content.indexOf(quoted.group(1).strip());
		if (at < 0 || content.indexOf(quoted.group(1).strip(), at + 1) >= 0) {
			return 0;
		}
		return (int) content.substring(0, at).chars().filter((c) -> c == '\n').count() + 1;
	}

	private static Optional<Located> ruleOf(String source, int line, List<Located> rules) {
		if (source == null) {
			return Optional.empty();
		}
		String[] lines = source.split("\n");
		for (int i = Math.min(Math.max(line - 1, 0), lines.length - 1); i >= 0; i--) {
			Matcher name = RULE_NAME.matcher(lines[i]);
			if (name.find()) {
				String ruleName = name.group(1).strip();
				return rules.stream().filter((r) -> r.rule().getName().equals(ruleName)).findFirst();
			}
		}
		String body = normalize(source);
		return rules.stream()
			.filter((r) -> r.rule().getConsequence() != null)
			.filter((r) -> {
				String consequence = normalize(r.rule().getConsequence().toString());
				return !consequence.isEmpty() && body.contains(consequence);
			})
			.findFirst();
	}

	/** Code without spaces and without the {@code drools.} the generator puts before insert and friends. */
	private static String normalize(String code) {
		return code.replaceAll("\\s+", "").replace("drools.", "");
	}

	private static List<Located> rules(List<RulesetFile> drl) {
		List<Located> rules = new ArrayList<>();
		for (RulesetFile file : drl) {
			try {
				PackageDescr parsed = new DrlParser().parse(false, file.content());
				if (parsed != null) {
					for (RuleDescr rule : parsed.getRules()) {
						rules.add(new Located(file.name(), rule));
					}
				}
			}
			catch (Exception ex) {
				// A file that does not parse has parser errors of its own.
			}
		}
		return rules;
	}

	private record Located(String file, RuleDescr rule) {
	}

	/**
	 * The compiler's message without the stack trace some parsers append: the lines before the first {@code at …}
	 * frame or {@code Caused by}, at most five, so that policy staff read the error, not the compiler's insides.
	 */
	static String readable(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.strip().split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("at ") || trimmed.startsWith("Caused by") || trimmed.startsWith("...")
					|| lines.size() == 5) {
				break;
			}
			if (!trimmed.isEmpty()) {
				lines.add(trimmed);
			}
		}
		return String.join("\n", lines);
	}

}
