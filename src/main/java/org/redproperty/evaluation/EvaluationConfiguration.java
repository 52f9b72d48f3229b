package org.redproperty.evaluation;

import org.redproperty.ruleset.RulesProperties;

import org.redproperty.ruleset.Rulesets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one evaluator, the folder tests that run on it when a ruleset is checked, and what rules may use of it. */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	Evaluator evaluator(EvaluationProperties properties, ObjectProvider<Rulesets> rulesets) {
		// The required rulesets are the active ones; looked up when evaluating (Rulesets' folder tests need the evaluator).
		return new Evaluator(properties)
			.withRequirements((key) -> rulesets.getObject().find(key.scheme(), key.year()));
	}

	@Bean
	EvaluationRuleApi ruleApi() {
		return EvaluationRuleApi.INSTANCE;
	}

	@Bean
	FolderTests folderTests(Evaluator evaluator, RulesProperties rules) {
		return new FolderTests(evaluator, rules.checkDeadline());
	}

}
