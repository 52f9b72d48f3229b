package org.redproperty.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.support.TestRules;

/**
 * A real ruleset folder of {@code rules/}, compiled (with its own folder tests) and evaluated without Spring, the
 * way the service evaluates: the facts as they stood on the evaluation date.
 */
public final class RulesFolder {

	private final Ruleset ruleset;

	private RulesFolder(Ruleset ruleset) {
		this.ruleset = ruleset;
	}

	/** Compiles {@code rules/<scheme>/<year>}; fails when the folder has errors or its folder tests fail. */
	public static RulesFolder load(String scheme, int year) {
		Path rules = Path.of("rules");
		LoadedRuleset loaded = TestRules.folders().load(rules, rules.resolve(scheme).resolve(String.valueOf(year)));
		if (!loaded.errors().isEmpty()) {
			throw new IllegalStateException("规则集 " + scheme + "/" + year + " 有错误：" + loaded.errors());
		}
		return new RulesFolder(loaded.ruleset());
	}

	public Ruleset ruleset() {
		return this.ruleset;
	}

	public RuleOutcome evaluate(SubjectType type, String id, LocalDate asOf, Dataset facts) {
		return TestRules.EVALUATOR.evaluateOne(this.ruleset, subject(type, id, asOf), facts);
	}

	public Map<String, RuleOutcome> evaluateTogether(SubjectType type, String id, LocalDate asOf, Dataset facts) {
		return TestRules.outcomes(TestRules.EVALUATOR.evaluate(this.ruleset, Scope.whole(type, id), asOf, facts));
	}

	/** Every subject of the whole subject, for the period (a code of the manifest's periods). */
	public Map<String, RuleOutcome> evaluateTogether(SubjectType type, String id, LocalDate asOf, String period,
			Dataset facts) {
		return TestRules.outcomes(TestRules.EVALUATOR.evaluate(this.ruleset, Scope.whole(type, id), asOf, period, facts));
	}

	private Subject subject(SubjectType type, String id, LocalDate asOf) {
		return new Subject(this.ruleset.manifest().scheme(), this.ruleset.manifest().year(), type, id, asOf);
	}

}
