package org.redproperty.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch re-scoring: how many jobs run at once, whether jobs interrupted by a stop are resumed at start-up, the rule
 * firings a district's session may take per subject before it is evaluated one subject at a time, and, for the
 * benchmark of the I/O floor only, {@code noop-rules}: read the same facts and write the same number of results
 * without evaluating any rule.
 */
@ConfigurationProperties("app.rescore")
public record RescoreProperties(@DefaultValue("2") int concurrentJobs, @DefaultValue("true") boolean resumeOnStart,
		@DefaultValue("5000") int firingsPerSubject, @DefaultValue("false") boolean noopRules) {
}
