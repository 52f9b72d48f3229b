package org.redproperty.facts;

import java.util.Objects;

import org.redproperty.common.Caller;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FactsConfiguration {

	/**
	 * A revision is recorded by the signed-in account; work that nobody signed in for (the demo import at start-up,
	 * the command line's generator) is recorded as {@code system}, its source saying which.
	 */
	@Bean
	@ConditionalOnMissingBean
	FactActor factActor() {
		return () -> Objects.requireNonNullElse(Caller.name(), "system");
	}

}
