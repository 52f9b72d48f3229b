package org.redproperty.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch re-scoring: how many jobs run at once, how many districts of a job are evaluated at once (0: one per
 * processor), and whether jobs interrupted by a stop are resumed at start-up.
 */
@ConfigurationProperties("app.rescore")
public record RescoreProperties(@DefaultValue("2") int concurrentJobs, @DefaultValue("0") int parallelism,
		@DefaultValue("true") boolean resumeOnStart) {
}
