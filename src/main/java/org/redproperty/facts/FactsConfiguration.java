package org.redproperty.facts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FactsConfiguration {

	/** Imports are anonymous until sign-in exists. */
	@Bean
	@ConditionalOnMissingBean
	FactActor factActor() {
		return () -> "anonymous";
	}

}
