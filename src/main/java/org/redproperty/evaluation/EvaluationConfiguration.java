package org.redproperty.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one evaluator, and the folder tests that run on it when a ruleset is checked. */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	Evaluator evaluator(EvaluationProperties properties) {
		return new Evaluator(properties);
	}

	@Bean
	FolderTests folderTests(Evaluator evaluator) {
		return new FolderTests(evaluator);
	}

}
