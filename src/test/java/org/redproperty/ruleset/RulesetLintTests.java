package org.redproperty.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RulesetLintTests {

	private static final String HEADER = """
			package rules.test.y2023;
			import org.redproperty.facts.Project;
			import org.redproperty.evaluation.Outcome;
			global Outcome outcome;
			""";

	private final RulesetLint lint = new RulesetLint(org.redproperty.evaluation.EvaluationRuleApi.INSTANCE);

	@ParameterizedTest
	@ValueSource(strings = { "rules/hongqi365/2023", "rules/gold-red-property/2019", "rules/zhuzhou-demo/2023" })
	void acceptsTheRepositoryRulesets(String folder) {
		assertThat(this.lint.check(RulesetFolders.read(Path.of(folder)))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			System.exit(1);                                  | System
			Runtime.getRuntime().gc();                       | Runtime
			new Thread(() -> {}).start();                    | Thread
			$p.getClass().getDeclaredMethods();              | getClass
			java.nio.file.Files.delete(null);                | java.n
			Object o = org.redproperty.RedPropertyApplication.class; | org.r
			drools.halt();                                   | drools
			while (true) { }                                 | 循环「while」
			for (int i = 0; ; ) { }                          | 循环「for」
			String s = Project.class.getClassLoader().getName(); | class
			String[] xs = new String[0];                     | 数组
			Object o = new Object() { };                     | Object
			modify($p) { };                                  | modify
			retract($p);                                     | retract
			java.time.LocalDate d = java.time.LocalDate.now(); | java.time.LocalDate
			LocalDate.now();                                 | 系统时钟
			$p.frobnicate();                                 | 方法「frobnicate」
			StringBuilder b = null;                          | 类型「StringBuilder」
			Math.max(0, 1);                                  | 类型「Math」
			kcontext.getKieRuntime();                        | kcontext
			boolean b = $p.id().matches("(a+)+b");           | 正则表达式
			String s = $p.id().replaceAll("(a+)+b", "");     | 正则表达式
			int n = $p.id().split(",").length;               | 正则表达式
			String s = $p.id().repeat($p.households());      | 重复文字
			String s = String.format("%0" + $p.households() + "d", 0); | 重复文字
			String s = $p.id().indent($p.households());      | 重复文字
			""")
	void refusesForbiddenConstructInConsequence(String statement, String named) {
		List<RulesetError> errors = this.lint.check(List.of(inConsequence("", statement)));

		assertThat(errors).isNotEmpty().allSatisfy((error) -> {
			assertThat(error.file()).isEqualTo("test.drl");
			assertThat(error.line()).isEqualTo(10);
		});
		assertThat(errors).anySatisfy((error) -> assertThat(error.message()).contains(named));
	}

	@Test
	void refusesAccumulateAndFunctionImportsOutsideTheVocabulary() {
		List<RulesetError> errors = this.lint.check(List.of(new RulesetFile("test.drl", """
				import org.redproperty.facts.Project;
				import accumulate org.redproperty.evaluation.vocabulary.Names.Function names;
				import accumulate org.example.Evil evil;
				import function java.lang.System.exit;
				""")));

		assertThat(errors).extracting(RulesetError::line).containsExactlyInAnyOrder(3, 4);
		assertThat(errors).extracting(RulesetError::message)
			.anySatisfy((message) -> assertThat(message).contains("org.example.Evil"))
			.anySatisfy((message) -> assertThat(message).contains("import function"));
	}

	@Test
	void allowsDeclaredTypesTheirGettersAndTheRulesetsFunctions() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				declare Mark
				    projectId : String
				end
				function String label(String id) {
				    return id.isBlank() ? "" : id.strip();
				}
				rule "T-1 试验"
				    @code("T-1") @clause("试验条款")
				when
				    $m : Mark()
				then
				    insertLogical(outcome.check($m.getProjectId(), true, label($m.getProjectId())));
				end
				""")));

		assertThat(errors).isEmpty();
	}

	@Test
	void refusesALoopInAFunction() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				function int spin() {
				    do { } while (true);
				}
				""")));

		assertThat(errors).isNotEmpty().allSatisfy((error) -> assertThat(error.line()).isEqualTo(6))
			.anySatisfy((error) -> assertThat(error.message()).contains("循环「do」"));
	}

	/**
	 * Hostile drafts that no deadline could stop, since the engine stops a session only between firings: a number
	 * or a date sequence grown to a size a value gives, recursion, and a regular expression in a condition.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BigDecimal.ONE.pow($p.households())                               | 幂
			BigDecimal.ONE.scaleByPowerOfTen($p.households())                 | 幂
			BigDecimal.ONE.movePointRight($p.households())                    | 幂
			BigDecimal.ONE.setScale($p.households(), RoundingMode.HALF_UP)    | 精度
			BigDecimal.ONE.divide(BigDecimal.TEN, $p.households(), RoundingMode.HALF_UP) | 精度
			LocalDate.MIN.datesUntil(LocalDate.MAX).count()                   | 日期序列
			""")
	void refusesWorkSizedByAValue(String expression, String named) {
		List<RulesetError> errors = this.lint.check(List.of(inConsequence("""
				import java.math.BigDecimal;
				import java.math.RoundingMode;
				import java.time.LocalDate;
				""", "outcome.finding($p.id(), \"T\", \"\" + " + expression + ");")));

		assertThat(errors).isNotEmpty().allSatisfy((error) -> assertThat(error.line()).isEqualTo(13))
			.anySatisfy((error) -> assertThat(error.message()).contains(named));
	}

	@Test
	void refusesRecursionInFunctions() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				function int fib(int n) {
				    return n < 2 ? n : fib(n - 1) + fib(n - 2);
				}
				function int twice(int n) {
				    return fib(n) + fib(n);
				}
				""")));

		assertThat(errors).extracting(RulesetError::line).containsExactly(6, 6, 9, 9);
		assertThat(errors).allSatisfy((error) -> assertThat(error.message()).contains("递归"));
	}

	@Test
	void refusesARegularExpressionInACondition() {
		List<RulesetError> errors = this.lint.check(List.of(rule("", "$p : Project( name matches \"(a|aa)+b\" )", "")));

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(8);
			assertThat(error.message()).contains("matches", "正则表达式");
		});
	}

	@Test
	void refusesImportOfTypesOutsideTheFactAndResultModel() {
		List<RulesetError> errors = this.lint.check(List.of(new RulesetFile("test.drl", """
				package rules.test.y2023;
				import java.io.File;
				import org.redproperty.facts.Project;
				""")));

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.line()).isEqualTo(2);
			assertThat(error.message()).contains("java.io.File");
		});
	}

	@Test
	void requiresCodeAndClauseOnEveryRule() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				rule "没有编号的规则"
				when
				    $p : Project()
				then
				end
				""")));

		assertThat(errors).extracting(RulesetError::message)
			.anySatisfy((message) -> assertThat(message).contains("@code"))
			.anySatisfy((message) -> assertThat(message).contains("@clause"));
	}

	@Test
	void refusesTwoRulesWithOneCodeEvenInDifferentFiles() {
		String rule = """
				rule "T-1 %s"
				    @code("T-1") @clause("试验条款")
				when
				    $p : Project()
				then
				end
				""";
		List<RulesetError> errors = this.lint.check(List.of(drl(rule.formatted("甲")),
				new RulesetFile("other.drl", HEADER + rule.formatted("乙"))));

		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("other.drl");
			assertThat(error.message()).contains("T-1").contains("test.drl");
		});
	}

	@Test
	void reportsSyntaxErrorWithLine() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				rule "T-1 试验"
				    @code("T-1") @clause("试验条款")
				when
				    $p : Project(
				then
				end
				""")));

		assertThat(errors).isNotEmpty().first().satisfies((error) -> assertThat(error.line()).isPositive());
	}

	@Test
	void ignoresForbiddenWordsInCommentsAndText() {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				// System and Thread are only mentioned here
				rule "T-1 试验"
				    @code("T-1") @clause("试验条款")
				when
				    $p : Project()
				then
				    outcome.finding($p.id(), "INFO", "System.exit 不会被执行");
				end
				""")));

		assertThat(errors).isEmpty();
	}

	/** A rule over each project whose consequence is the statement, after the imports. */
	private static RulesetFile inConsequence(String imports, String statement) {
		return rule(imports, "$p : Project()", statement);
	}

	/** A rule of one condition and one statement, after the imports. */
	private static RulesetFile rule(String imports, String condition, String statement) {
		return drl(imports + """
				rule "T-1 试验"
				    @code("T-1") @clause("试验条款")
				when
				    %s
				then
				    %s
				end
				""".formatted(condition, statement));
	}

	private static RulesetFile drl(String rules) {
		return new RulesetFile("test.drl", HEADER + rules);
	}

}
