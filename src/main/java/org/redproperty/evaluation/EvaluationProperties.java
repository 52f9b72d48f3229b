package org.redproperty.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of evaluation: {@code app.evaluation.max-firings} stops a rule that keeps firing in one session; the
 * session of the second step over a whole district may take {@code firings-per-subject} times its number of
 * subjects, and no fewer than {@code max-firings}. A session still firing after {@code deadline-per-subject} (times
 * its number of subjects in the second step) is halted and its subjects fail with {@code RULES_TIMEOUT}.
 */
@ConfigurationProperties("app.evaluation")
public record EvaluationProperties(@DefaultValue("200000") int maxFirings, @DefaultValue("5000") int firingsPerSubject,
		@DefaultValue("10s") Duration deadlinePerSubject) {

	/** The deadline per subject when none is configured. */
	static final Duration DEADLINE_PER_SUBJECT = Duration.ofSeconds(10);

}
