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
			""")
	void refusesForbiddenConstructInConsequence(String statement, String named) {
		List<RulesetError> errors = this.lint.check(List.of(drl("""
				rule "T-1 试验"
				    @code("T-1") @clause("试验条款")
				when
				    $p : Project()
				then
				    %s
				end
				""".formatted(statement))));

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

	private static RulesetFile drl(String rules) {
		return new RulesetFile("test.drl", HEADER + rules);
	}

}
