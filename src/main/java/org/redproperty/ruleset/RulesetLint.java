package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The safety lint of a ruleset, on the parsed DRL: rules may name only the project's fact and result types and a
 * few plain JDK value types; no {@code System}, {@code Runtime}, threads, reflection, I/O, class loading or
 * fully-qualified escapes; every rule carries {@code @code} and {@code @clause}, its name leads with its code,
 * and no two rules share a code.
 */
final class RulesetLint {

	private static final Set<String> ALLOWED_PACKAGES = Set.of("org.redproperty.facts");

	private static final Set<String> ALLOWED_CLASSES = Set.of("org.redproperty.evaluation.Outcome",
			"org.redproperty.evaluation.ProjectPlace", "org.redproperty.evaluation.Evaluated",
			"org.redproperty.evaluation.vocabulary.Names", "org.redproperty.evaluation.vocabulary.Latest",
			"org.redproperty.evaluation.vocabulary.Mean", "org.redproperty.evaluation.vocabulary.Ranking",
			"org.redproperty.evaluation.vocabulary.Months", "org.redproperty.ruleset.Parameters",
			"org.redproperty.evaluation.Subject", "org.redproperty.evaluation.ScoreLine",
			"org.redproperty.evaluation.GateResult", "org.redproperty.evaluation.Finding",
			"org.redproperty.evaluation.ProposedDeduction", "org.redproperty.evaluation.Award",
			"org.redproperty.evaluation.Rank",
			"org.redproperty.evaluation.Status", "java.time.LocalDate", "java.time.Period", "java.time.Year",
			"java.time.YearMonth", "java.time.Month", "java.time.temporal.ChronoUnit", "java.math.BigDecimal",
			"java.math.RoundingMode", "java.util.List", "java.util.ArrayList", "java.util.Set", "java.util.HashSet",
			"java.util.TreeSet", "java.util.LinkedHashSet", "java.util.Map", "java.util.HashMap", "java.util.TreeMap",
			"java.util.Collection", "java.util.Collections", "java.util.Comparator", "java.util.Objects",
			"java.util.Optional");

	/** Identifiers that reach outside a pure rule: process, threads, reflection, I/O, class loading. */
	private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|Thread"
			+ "|ThreadLocal|Executors?|ExecutorService|CompletableFuture|ForkJoinPool|Timer|Class|ClassLoader"
			+ "|getClass|forName|getDeclaredMethods?|getDeclaredFields?|getMethod|setAccessible|invoke|reflect"
			+ "|MethodHandles?|File|Files|Path|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter"
			+ "|RandomAccessFile|Socket|ServerSocket|URL|URI|HttpClient|Scanner|PrintStream|ObjectInputStream"
			+ "|ObjectOutputStream|ScriptEngine|Unsafe|exit|halt|exec|load|loadLibrary|drools|kcontext)\\b");

	/** A fully-qualified name in code: a way around the import check. */
	private static final Pattern QUALIFIED = Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|io|kotlin)\\s*\\.\\s*[a-z]");

	private static final Pattern COMMENTS_AND_STRINGS = Pattern
		.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

	List<RulesetError> check(List<RulesetFile> files) {
		List<RulesetError> errors = new ArrayList<>();
		Map<String, String> codes = new HashMap<>();
		for (RulesetFile file : files) {
			if (file.isDrl()) {
				check(file, errors, codes);
			}
		}
		return errors;
	}

	private void check(RulesetFile file, List<RulesetError> errors, Map<String, String> codes) {
		DrlParser parser = new DrlParser();
		PackageDescr drl;
		try {
			drl = parser.parse(false, file.content());
		}
		catch (DroolsParserException ex) {
			errors.add(new RulesetError(file.name(), ex.getLineNumber(), ex.getColumn(), ex.getMessage()));
			return;
		}
		if (parser.hasErrors() || drl == null) {
			for (DroolsError error : parser.getErrors()) {
				int line = (error instanceof ParserError p) ? p.getRow() : 0;
				int column = (error instanceof ParserError p) ? p.getCol() : 0;
				errors.add(new RulesetError(file.name(), line, column, error.getMessage()));
			}
			return;
		}
		for (ImportDescr imported : drl.getImports()) {
			if (!allowed(imported.getTarget())) {
				errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(),
						"不允许导入「" + imported.getTarget() + "」：规则只能使用本项目的事实类型、结果类型和少数日期、数字、集合类型"));
			}
		}
		drl.getFunctionImports()
			.forEach((imported) -> errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(),
					"不允许导入函数「" + imported.getTarget() + "」")));
		for (RuleDescr rule : drl.getRules()) {
			metadata(file, rule, errors, codes);
		}
		scanCode(file, errors);
	}

	private static void metadata(RulesetFile file, RuleDescr rule, List<RulesetError> errors, Map<String, String> codes) {
		String code = annotation(rule, "code");
		if (code == null || code.isBlank()) {
			errors.add(new RulesetError(file.name(), rule.getLine(), rule.getColumn(),
					"规则「" + rule.getName() + "」缺少 @code（规则编号）"));
		}
		else {
			if (!rule.getName().startsWith(code)) {
				errors.add(new RulesetError(file.name(), rule.getLine(), rule.getColumn(),
						"规则「" + rule.getName() + "」的名称应以其编号 " + code + " 开头"));
			}
			// The cases of one policy rule may be several rules sharing its code, in the same file.
			String first = codes.putIfAbsent(code, file.name() + ":" + rule.getLine());
			if (first != null && !first.startsWith(file.name() + ":")) {
				errors.add(new RulesetError(file.name(), rule.getLine(), rule.getColumn(),
						"规则编号 " + code + " 重复：" + first + " 已经使用"));
			}
		}
		String clause = annotation(rule, "clause");
		if (clause == null || clause.isBlank()) {
			errors.add(new RulesetError(file.name(), rule.getLine(), rule.getColumn(),
					"规则「" + rule.getName() + "」缺少 @clause（所依据的政策条款）"));
		}
	}

	private static String annotation(RuleDescr rule, String name) {
		if (rule.getAnnotation(name) == null) {
			return null;
		}
		Object value = rule.getAnnotation(name).getSingleValue();
		return (value != null) ? value.toString().replace("\"", "").strip() : null;
	}

	/** Scans the code (comments and string literals blanked, import lines skipped) for forbidden names. */
	private static void scanCode(RulesetFile file, List<RulesetError> errors) {
		Matcher blanks = COMMENTS_AND_STRINGS.matcher(file.content());
		StringBuilder code = new StringBuilder();
		while (blanks.find()) {
			blanks.appendReplacement(code, Matcher.quoteReplacement(blanks.group().replaceAll("[^\\n]", " ")));
		}
		blanks.appendTail(code);
		String[] lines = code.toString().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.strip().startsWith("import ") || line.strip().startsWith("package ")) {
				continue;
			}
			report(file, i + 1, FORBIDDEN.matcher(line), "不允许使用「%s」：规则不得调用系统、线程、反射、文件或网络", errors);
			report(file, i + 1, QUALIFIED.matcher(line), "不允许使用完整类名「%s…」绕过导入检查，请在文件开头导入允许的类型", errors);
		}
	}

	private static void report(RulesetFile file, int line, Matcher matcher, String message, List<RulesetError> errors) {
		while (matcher.find()) {
			errors.add(new RulesetError(file.name(), line, matcher.start() + 1, String.format(message, matcher.group())));
		}
	}

	private static boolean allowed(String target) {
		if (ALLOWED_CLASSES.contains(target)) {
			return true;
		}
		int dot = target.lastIndexOf('.');
		String pkg = (dot > 0) ? target.substring(0, dot) : "";
		return ALLOWED_PACKAGES.contains(pkg) && !target.endsWith(".*") || target.equals("org.redproperty.facts.*");
	}

}
