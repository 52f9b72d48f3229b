package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The safety lint of a ruleset: an allow-list of what a rule may name and call, on the parsed DRL and on its code
 * with comments and string literals blanked. Imports only of the fact, result, context and vocabulary types, of
 * {@link Parameters} and of a few JDK value types ({@link AllowList}); {@code import accumulate} only of the
 * vocabulary's functions, {@code import function} never; in code only those types, the declared ones and a few of
 * java.lang, only their public methods, the declared types' getters, the ruleset's functions and insert /
 * insertLogical ({@link CodeScan}). Every rule carries {@code @code} and {@code @clause}, its name leads with its code,
 * and a code belongs to one file (the cases of one policy rule may share it there). Each refusal names file, line and
 * column.
 */
final class RulesetLint {

	private final AllowList allowList;

	/** @param api the evaluator's types rules may use besides the facts */
	RulesetLint(RuleApi api) {
		this.allowList = new AllowList(api);
	}


	/** Rule attributes left to {@link RulesetStructure} (phases and the orderings it refuses) or harmless. */
	private static final Set<String> ATTRIBUTES = Set.of("agenda-group", "no-loop", "lock-on-active", "salience",
			"ruleflow-group", "activation-group", "auto-focus", "dialect");

	List<RulesetError> check(List<RulesetFile> files) {
		List<RulesetError> errors = new ArrayList<>();
		Map<RulesetFile, PackageDescr> parsed = new LinkedHashMap<>();
		for (RulesetFile file : files) {
			if (file.isDrl()) {
				PackageDescr drl = parse(file, errors);
				if (drl != null) {
					parsed.put(file, drl);
				}
			}
		}
		Set<String> declared = new HashSet<>(AllowList.JAVA_LANG);
		Set<String> accessors = new HashSet<>();
		Set<String> functions = new HashSet<>();
		for (PackageDescr drl : parsed.values()) {
			for (TypeDeclarationDescr type : drl.getTypeDeclarations()) {
				declared.add(type.getTypeName());
				type.getFields().keySet().forEach((field) -> {
					String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
					accessors.add("get" + suffix);
					accessors.add("is" + suffix);
				});
			}
			for (EnumDeclarationDescr type : drl.getEnumDeclarations()) {
				declared.add(type.getTypeName());
				type.getLiterals().forEach((literal) -> declared.add(literal.getName()));
			}
			drl.getFunctions().forEach((function) -> functions.add(function.getName()));
		}
		Map<String, String> codes = new HashMap<>();
		parsed.forEach((file, drl) -> {
			Set<String> types = new HashSet<>(declared);
			imports(file, drl, types, errors);
			for (RuleDescr rule : drl.getRules()) {
				metadata(file, rule, errors, codes);
				attributes(file, rule.getAttributes().values(), errors);
			}
			attributes(file, drl.getAttributes(), errors);
			new CodeScan(file, errors, this.allowList).check(types, accessors, functions);
		});
		return errors;
	}

	private static PackageDescr parse(RulesetFile file, List<RulesetError> errors) {
		DrlParser parser = new DrlParser();
		PackageDescr drl;
		try {
			drl = parser.parse(false, file.content());
		}
		catch (DroolsParserException ex) {
			errors.add(new RulesetError(file.name(), ex.getLineNumber(), ex.getColumn(), ex.getMessage()));
			return null;
		}
		if (parser.hasErrors() || drl == null) {
			for (DroolsError error : parser.getErrors()) {
				int line = (error instanceof ParserError p) ? p.getRow() : 0;
				int column = (error instanceof ParserError p) ? p.getCol() : 0;
				errors.add(new RulesetError(file.name(), line, column, error.getMessage()));
			}
			return null;
		}
		return drl;
	}

	/** Checks the imports and adds the simple names of the allowed ones to {@code types}. */
	private void imports(RulesetFile file, PackageDescr drl, Set<String> types, List<RulesetError> errors) {
		for (ImportDescr imported : drl.getImports()) {
			String target = imported.getTarget();
			if (target.endsWith(".*")) {
				errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(), "不允许整包导入「" + target
						+ "」：请逐个导入规则用到的类型"));
			}
			else if (!this.allowList.importable(target)) {
				errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(), "不允许导入「" + target
						+ "」：规则只能导入 org.redproperty.facts 的事实类型、评价的结果类型（Outcome、Subject、GateResult 等）、"
						+ "词汇类型（Names、Latest、Mean、Ranking、Months）、Parameters，以及 LocalDate、BigDecimal 等少数日期和数字类型"));
			}
			else {
				types.add(AllowList.simpleName(target));
			}
		}
		for (AccumulateImportDescr imported : drl.getAccumulateImports()) {
			if (!this.allowList.accumulateFunction(imported.getTarget())) {
				errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(), "不允许导入累计函数「"
						+ imported.getTarget() + "」：import accumulate 只能导入词汇中的函数："
						+ String.join("、", this.allowList.accumulateFunctions())));
			}
		}
		for (FunctionImportDescr imported : drl.getFunctionImports()) {
			errors.add(new RulesetError(file.name(), imported.getLine(), imported.getColumn(), "不允许导入函数「"
					+ imported.getTarget() + "」（import function）：规则只调用对象的方法和本规则集声明的函数"));
		}
	}

	private static void attributes(RulesetFile file, Iterable<AttributeDescr> attributes, List<RulesetError> errors) {
		for (AttributeDescr attribute : attributes) {
			if (attribute.getName().equals("dialect") && !attribute.getValue().equals("java")) {
				errors.add(new RulesetError(file.name(), attribute.getLine(), attribute.getColumn(), "不允许 dialect \""
						+ attribute.getValue() + "\"：规则用默认的 java 写法，安全检查只认这一种"));
			}
			else if (!ATTRIBUTES.contains(attribute.getName())) {
				errors.add(new RulesetError(file.name(), attribute.getLine(), attribute.getColumn(), "规则不用属性「"
						+ attribute.getName() + "」：规则按 manifest.yaml 的阶段（agenda-group）评价，日期和时间写在参数中，由规则的条件判断"));
			}
		}
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

}
