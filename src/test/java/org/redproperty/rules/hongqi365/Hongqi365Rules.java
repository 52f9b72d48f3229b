package org.redproperty.rules.hongqi365;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code rules/hongqi365/2023} folder, compiled once per JVM, and evaluations of it without Spring. Like the
 * service, an evaluation sees the facts as they stood on its date ({@link Dataset#asOf}).
 */
final class Hongqi365Rules {

	/** The acceptance inspection (验收) date the tests evaluate on unless they say otherwise. */
	static final LocalDate ACCEPTANCE = LocalDate.of(2023, 11, 30);

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private Hongqi365Rules() {
	}

	static RuleOutcome project(String id, Hongqi365Facts facts) {
		return evaluate(SubjectType.PROJECT, id, ACCEPTANCE, facts);
	}

	static RuleOutcome project(String id, LocalDate asOf, Hongqi365Facts facts) {
		return evaluate(SubjectType.PROJECT, id, asOf, facts);
	}

	static RuleOutcome evaluate(SubjectType type, String id, LocalDate asOf, Hongqi365Facts facts) {
		RuleOutcome outcome = TestRules.EVALUATOR.evaluateOne(Compiled.RULESET, subject(type, id, asOf), facts.build());
		assertExplained(outcome);
		return outcome;
	}

	/** The outcome of every subject given a status in the same session, e.g. a street and its projects. */
	static Map<String, RuleOutcome> together(SubjectType type, String id, LocalDate asOf, Hongqi365Facts facts) {
		Map<String, RuleOutcome> outcomes = TestRules.outcomes(
				TestRules.EVALUATOR.evaluate(Compiled.RULESET, Scope.whole(type, id), asOf, facts.build()));
		outcomes.values().forEach(Hongqi365Rules::assertExplained);
		return outcomes;
	}

	/** The same on a whole data set, e.g. the demo fixtures. */
	static Map<String, RuleOutcome> together(Dataset facts, SubjectType type, String id, LocalDate asOf) {
		Map<String, RuleOutcome> outcomes = TestRules.outcomes(
				TestRules.EVALUATOR.evaluate(Compiled.RULESET, Scope.whole(type, id), asOf, facts));
		outcomes.values().forEach(Hongqi365Rules::assertExplained);
		return outcomes;
	}

	/**
	 * Evaluates on all the facts, later ones included, as the service hands them over: the evaluator alone cuts them
	 * at the evaluation date, and the rules never repeat that test.
	 */
	static RuleOutcome unfiltered(SubjectType type, String id, LocalDate asOf, Hongqi365Facts facts) {
		RuleOutcome outcome = TestRules.EVALUATOR.evaluateOne(Compiled.RULESET, subject(type, id, asOf), facts.build());
		assertExplained(outcome);
		return outcome;
	}

	private static Subject subject(SubjectType type, String id, LocalDate asOf) {
		return new Subject("hongqi365", 2023, type, id, asOf);
	}

	/** Every result names a 红齐365 code, and says in Chinese what it is and which clause it implements. */
	static void assertExplained(RuleOutcome outcome) {
		assertThat(outcome.status().code()).startsWith("HQ-");
		assertChinese(outcome.status().reason());
		outcome.lines().forEach((line) -> {
			assertThat(line.code()).startsWith("HQ-");
			assertChinese(line.reason());
			assertClause(line.clause());
		});
		outcome.gates().forEach((gate) -> {
			assertThat(gate.code()).startsWith("HQ-");
			assertChinese(gate.reason());
			assertClause(gate.clause());
		});
		outcome.findings().forEach((finding) -> {
			assertThat(finding.code()).startsWith("HQ-");
			assertChinese(finding.message());
			assertClause(finding.clause());
		});
		outcome.creditDeductions().forEach((deduction) -> {
			assertThat(deduction.code()).startsWith("HQ-CREDIT");
			assertChinese(deduction.reason());
			assertClause(deduction.clause());
		});
		outcome.awards().forEach((award) -> {
			assertThat(award.code()).isEqualTo("HQ-STEWARD");
			assertChinese(award.name());
			assertClause(award.clause());
		});
	}

	private static void assertClause(String clause) {
		assertThat(clause).isNotBlank().startsWith("川综执字〔2023〕68号");
	}

	private static void assertChinese(String text) {
		assertThat(text).isNotBlank();
		assertThat(CHINESE.matcher(text).find()).as("Chinese text: %s", text).isTrue();
	}

	/** Holder idiom: the folder is compiled (and its own JSON tests run) on first use only. */
	private static final class Compiled {

		static final Ruleset RULESET = compile();

		private static Ruleset compile() {
			LoadedRuleset loaded = TestRules.folders().load(Path.of("rules"), Path.of("rules/hongqi365/2023"));
			if (!loaded.active()) {
				throw new IllegalStateException("rules/hongqi365/2023 does not compile: " + loaded.errors());
			}
			return loaded.ruleset();
		}

	}

}
