package org.redproperty.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list applied to the code of one DRL file, with comments and string literals blanked (offsets kept):
 * every type a rule names, every method it calls and every bare call of a consequence or function must be allowed;
 * loops, arrays, anonymous classes, lambdas, class literals and the handles of the engine are refused outright.
 * Import and package lines are left to the parsed DRL. Each refusal is one error at its line and column.
 */
final class CodeScan {

	private static final Pattern COMMENTS_AND_STRINGS = Pattern
		.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

	private static final Pattern IMPORT_OR_PACKAGE = Pattern.compile("^[ \\t]*(import|package)\\b[^\\n]*",
			Pattern.MULTILINE);

	/** A number or a date written as text: a policy value hidden from the check of numbers. */
	private static final Pattern NUMBER_TEXT = Pattern.compile("\"\\s*-?\\d+(?:[.\\-/]\\d+)*\\s*\"");

	/** Names refused wherever they stand, each with why. */
	private static final Map<Pattern, String> REFUSED = new java.util.LinkedHashMap<>();

	static {
		refuse("System|Runtime|ProcessBuilder|Process|ProcessHandle|SecurityManager|Shutdown",
				"不允许使用「%s」：规则不得调用系统、进程或运行时，规则只读事实、写结果");
		refuse("Thread|ThreadLocal|ThreadGroup|Executors?|ExecutorService|CompletableFuture|ForkJoinPool|Timer|TimerTask"
				+ "|synchronized", "不允许使用「%s」：规则不得启动线程或同步，评价由服务调度");
		refuse("Class|ClassLoader|getClassLoader|forName|getClass|reflect|Method|Field|Constructor|MethodHandles?"
				+ "|setAccessible|invoke|getDeclaredMethods?|getDeclaredFields?|getDeclaredConstructors?|getMethods?"
				+ "|getFields?|newInstance|Unsafe|ScriptEngine", "不允许使用「%s」：规则不得使用反射或加载类");
		refuse("File|Files|Path|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|Socket"
				+ "|ServerSocket|URL|URI|HttpClient|Scanner|PrintStream|InputStream|OutputStream|ObjectInputStream"
				+ "|ObjectOutputStream", "不允许使用「%s」：规则不得读写文件或网络，规则所需的数据都是事实和参数");
		refuse("drools|kcontext", "不允许使用引擎句柄「%s」：规则通过 insert 和 outcome 写结果，不直接操作引擎");
		refuse("for|while|do", "不允许在规则中写循环「%s」：循环一旦开始就无法停止；逐项处理请写成规则的条件，或用词汇函数（names、latest、mean、months 等）");
		refuse("class|interface", "不允许「%s」：规则中不写类字面量、局部类或接口");
		refuse("try|catch|finally|throw|throws|assert", "不允许「%s」：规则不处理或抛出异常，数据问题由事实的校验和词汇处理");
		refuse("this|super", "不允许「%s」：规则只使用绑定的变量（$x）、全局变量 outcome、params 和事实");
		REFUSED.put(Pattern.compile("(?<![\\w$@.])(?:matches|soundslike)(?![\\w$])"), "不允许在条件中用「%s」：正则表达式和读音比较可能计算很久，条件在求值之中无法停止；"
				+ "比较文字用 ==、str[startsWith]、memberOf 和参数中的名单");
	}

	private static void refuse(String names, String message) {
		REFUSED.put(Pattern.compile("(?<![\\w$@])(?:" + names + ")(?![\\w$])"), message);
	}

	/**
	 * Methods of allowed types that still have no place in a rule: the clock, parsing, system properties, and what
	 * could keep one firing or one condition busy beyond any deadline or fill the memory, since the engine can
	 * stop a session only between firings: regular expressions (backtracking without end), text and numbers grown
	 * to a size given by a value (a parameter may be a large number), and streams of dates.
	 */
	private static final Map<String, String> METHODS = Map.ofEntries(
			Map.entry("now", "规则不读系统时钟：评价日是 Subject 的 asOf"),
			Map.entry("parse", "日期和数字不写成文字在规则中解析：写在 manifest.yaml 的 parameters 中，用 params.date / params.integer 等读取"),
			Map.entry("parseInt", "数字不写成文字在规则中解析：写在 manifest.yaml 的 parameters 中，用 params.integer 读取"),
			Map.entry("parseLong", "数字不写成文字在规则中解析：写在 manifest.yaml 的 parameters 中，用 params.integer 读取"),
			Map.entry("getInteger", "规则不读系统属性"), Map.entry("getLong", "规则不读系统属性"),
			Map.entry("getBoolean", "规则不读系统属性"),
			Map.entry("matches", RegularExpressions.MESSAGE), Map.entry("replaceAll", RegularExpressions.MESSAGE),
			Map.entry("replaceFirst", RegularExpressions.MESSAGE), Map.entry("split", RegularExpressions.MESSAGE),
			Map.entry("repeat", Unbounded.MESSAGE), Map.entry("indent", Unbounded.MESSAGE),
			Map.entry("format", Unbounded.MESSAGE), Map.entry("formatted", Unbounded.MESSAGE),
			Map.entry("pow", Unbounded.MESSAGE), Map.entry("scaleByPowerOfTen", Unbounded.MESSAGE),
			Map.entry("movePointLeft", Unbounded.MESSAGE), Map.entry("movePointRight", Unbounded.MESSAGE),
			Map.entry("setScale", Unbounded.MESSAGE), Map.entry("divide", Unbounded.MESSAGE),
			Map.entry("divideToIntegralValue", Unbounded.MESSAGE), Map.entry("toBigInteger", Unbounded.MESSAGE),
			Map.entry("datesUntil", Unbounded.MESSAGE));

	/** Why no regular expression runs in a rule. */
	private static final class RegularExpressions {

		static final String MESSAGE = "规则中不用正则表达式：一个正则表达式可能回溯很久，评价在一次触发之内无法停止；"
				+ "比较文字用 equals、startsWith、contains，名单写在参数中";

	}

	/** Why no rule grows text or numbers to a size a value gives. */
	private static final class Unbounded {

		static final String MESSAGE = "规则中不做大小由数值决定的运算（重复文字、幂、移位、指定精度、日期序列）：数值很大时一次触发就会"
				+ "耗尽时间或内存，且无法中途停止；这类计算写在词汇中";

	}

	/** Calls a consequence or function may make without a receiver besides the ruleset's own functions. */
	private static final Set<String> BUILT_INS = Set.of("insert", "insertLogical", "if", "switch", "return");

	/**
	 * Drools' other built-ins change working memory; they are refused: rules read immutable facts and never
	 * modify or retract them, and a result withdrawn by one rule would make the outcome depend on firing order.
	 * A derived fact that should disappear with its cause is inserted with insertLogical.
	 */
	private static final Set<String> MEMORY_CHANGES = Set.of("modify", "update", "retract", "delete");

	private static final Set<String> INLINE_ACCUMULATE = Set.of("init", "action", "reverse", "result");

	private static final Pattern QUALIFIED = Pattern
		.compile("(?<![\\w$.)\\]])[a-z_]\\w*(?:\\s*\\.\\s*[a-z_]\\w*)*\\s*\\.\\s*[A-Z]\\w*");

	private static final Pattern TYPE = Pattern.compile("(?<![\\w$.@])[A-Z]\\w*");

	private static final Pattern METHOD = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*\\(");

	private static final Pattern BARE_CALL = Pattern.compile("(?<![\\w$.@])([A-Za-z_]\\w*)\\s*\\(");

	private static final Pattern NEW = Pattern.compile("\\bnew\\s+([A-Za-z_][\\w.]*)\\s*(?:<[^>]*>)?\\s*([\\[(])");

	private static final Pattern ARRAY_TYPE = Pattern.compile("[\\w>]\\s*\\[\\s*\\]");

	private static final Pattern LAMBDA = Pattern.compile("->|::");

	private static final Pattern BODY = Pattern.compile("\\bthen\\b(.*?)\\bend\\b|\\bfunction\\b[^{]*\\{", Pattern.DOTALL);

	private final RulesetFile file;

	private final String code;

	private final List<RulesetError> errors;

	private final List<int[]> taken = new ArrayList<>();

	private final AllowList allowList;

	CodeScan(RulesetFile file, List<RulesetError> errors, AllowList allowList) {
		this.allowList = allowList;
		this.file = file;
		this.errors = errors;
		this.code = blank(IMPORT_OR_PACKAGE, blank(COMMENTS_AND_STRINGS, file.content()));
	}

	/**
	 * @param types the simple names of the types this file may use: allowed imports, declared types, java.lang
	 * @param declaredAccessors the getters Drools generates for the declared types' fields
	 * @param functions the functions the ruleset declares
	 */
	void check(Set<String> types, Set<String> declaredAccessors, Set<String> functions) {
		Matcher literal = COMMENTS_AND_STRINGS.matcher(blank(IMPORT_OR_PACKAGE, this.file.content()));
		while (literal.find()) {
			if (NUMBER_TEXT.matcher(literal.group()).matches() && !annotationOrHeader(literal.start())) {
				report(literal.start(), literal.end(), "规则中不把政策数字或日期写成文字 " + literal.group()
						+ "：写在 manifest.yaml 的 parameters 中，规则用 params 读取");
			}
		}
		Matcher qualified = QUALIFIED.matcher(this.code);
		while (qualified.find()) {
			report(qualified.start(), qualified.end(), "不允许使用完整类名「" + qualified.group().replaceAll("\\s", "")
					+ "」：请在文件开头导入允许的类型，再用简单类名");
		}
		for (Map.Entry<Pattern, String> refused : REFUSED.entrySet()) {
			Matcher matcher = refused.getKey().matcher(this.code);
			while (matcher.find()) {
				report(matcher.start(), matcher.end(), String.format(refused.getValue(), matcher.group()));
			}
		}
		Matcher lambda = LAMBDA.matcher(this.code);
		while (lambda.find()) {
			report(lambda.start(), lambda.end(), "不允许使用 lambda 或方法引用「" + lambda.group()
					+ "」：集合的处理写在词汇的 Java 代码中，规则用词汇函数");
		}
		Matcher created = NEW.matcher(this.code);
		while (created.find()) {
			if (created.group(2).equals("[")) {
				report(created.start(), created.end(), "不允许创建数组「new " + created.group(1)
						+ "[…]」：多个值用词汇函数（如 names）收集，名单写在参数中");
			}
			else if (this.code.startsWith("{", skipSpaces(closingParen(created.end() - 1) + 1))) {
				report(created.start(), created.end(), "不允许匿名类「new " + created.group(1)
						+ "(…) { … }」：规则只创建声明的类型（declare）和结果，行为写在词汇中");
			}
		}
		Matcher array = ARRAY_TYPE.matcher(this.code);
		while (array.find()) {
			report(array.start() + 1, array.end(), "不允许使用数组类型「[]」：多个值用词汇函数（如 names）收集");
		}
		Matcher type = TYPE.matcher(this.code);
		while (type.find()) {
			if (!types.contains(type.group())) {
				report(type.start(), type.end(), "不认识的类型「" + type.group() + "」：规则只能使用导入的事实、结果、词汇类型和 Parameters，"
						+ "用 declare 声明的类型，以及 " + String.join("、", AllowList.JAVA_LANG.stream().sorted().toList())
						+ "；请导入允许的类型或改用词汇");
			}
		}
		methods(declaredAccessors);
		bareCalls(functions);
	}

	private void methods(Set<String> declaredAccessors) {
		Matcher call = METHOD.matcher(this.code);
		while (call.find()) {
			String name = call.group(1);
			if (METHODS.containsKey(name)) {
				report(call.start(1), call.end(1), "不允许调用「" + name + "」：" + METHODS.get(name));
			}
			else if (name.startsWith("set") && declaredAccessors.contains("get" + name.substring(3))) {
				report(call.start(1), call.end(1), "不允许调用「" + name + "」：规则不修改事实，需要不同的值就用构造参数插入新的事实");
			}
			else if (!this.allowList.method(name) && !declaredAccessors.contains(name)) {
				report(call.start(1), call.end(1), "不允许调用方法「" + name + "」：规则只能调用事实、结果、词汇类型和 params 的公开方法，"
						+ "以及 declare 声明的类型的 getXxx；请检查拼写，或把所需的计算加到词汇中");
			}
		}
	}

	private void bareCalls(Set<String> functions) {
		Matcher body = BODY.matcher(this.code);
		while (body.find()) {
			int start = (body.group(1) != null) ? body.start() : body.end();
			int end = (body.group(1) != null) ? body.end(1) : closingBrace(body.end() - 1);
			Matcher call = BARE_CALL.matcher(this.code).region(start, end);
			while (call.find()) {
				String name = call.group(1);
				if (body.group(1) == null && functions.contains(name)) {
					report(call.start(1), call.end(1), "函数中不调用本规则集的函数「" + name + "」（包括它自己）：递归一旦开始就可能停不下来，"
							+ "评价在一次触发之内无法停止；需要反复计算就写成规则的条件或用词汇函数");
				}
				else if (MEMORY_CHANGES.contains(name)) {
					report(call.start(1), call.end(1), "不允许「" + name + "」：规则不修改、不撤回事实，也不撤回别的规则的结果；"
							+ "只用 insert 或 insertLogical 插入派生事实和结果");
				}
				else if (!BUILT_INS.contains(name) && !functions.contains(name) && !Character.isUpperCase(name.charAt(0))
						&& !name.equals("new")) {
					report(call.start(1), call.end(1), "不允许调用「" + name + "」：结论部分只能调用 insert、insertLogical、"
							+ "本规则集声明的函数，以及对象的方法（如 outcome.check）");
				}
			}
			if (body.group(1) == null) {
				body.region(end, this.code.length());
			}
		}
		Matcher call = BARE_CALL.matcher(this.code);
		while (call.find()) {
			if (INLINE_ACCUMULATE.contains(call.group(1))) {
				report(call.start(1), call.end(1), "accumulate 中不写 " + call.group(1)
						+ "(…) 代码：请用词汇函数（names、latest、mean、weightedMean、ranking、months）或 count、sum 等内置函数");
			}
		}
	}

	/** Whether the text at this offset is an annotation's value or a rule's header, which may hold any text. */
	private boolean annotationOrHeader(int offset) {
		int lineStart = this.code.lastIndexOf('\n', offset) + 1;
		String before = this.code.substring(lineStart, offset).strip();
		return before.endsWith("(") && before.contains("@") || before.startsWith("rule") || before.endsWith("group")
				|| before.startsWith("query");
	}

	private int closingParen(int open) {
		return closing(open, '(', ')');
	}

	private int closingBrace(int open) {
		return closing(open, '{', '}');
	}

	private int closing(int open, char opening, char closing) {
		int depth = 0;
		for (int i = open; i < this.code.length(); i++) {
			char c = this.code.charAt(i);
			depth += (c == opening) ? 1 : (c == closing) ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return this.code.length() - 1;
	}

	private int skipSpaces(int from) {
		int i = from;
		while (i < this.code.length() && Character.isWhitespace(this.code.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Reports once per stretch of code: a name refused for one reason is not refused again for another. */
	private void report(int start, int end, String message) {
		for (int[] range : this.taken) {
			if (start < range[1] && range[0] < end) {
				return;
			}
		}
		this.taken.add(new int[] { start, end });
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < start; i++) {
			if (this.code.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		this.errors.add(new RulesetError(this.file.name(), line, start - lineStart + 1, message));
	}

	/** The text with every match replaced by spaces, line breaks kept, so that offsets and lines stay the same. */
	static String blank(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder blanked = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(blanked, Matcher.quoteReplacement(matcher.group().replaceAll("[^\\n]", " ")));
		}
		matcher.appendTail(blanked);
		return blanked.toString();
	}

}
