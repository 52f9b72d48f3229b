package org.redproperty.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of evaluation: {@code app.evaluation.max-firings} stops a rule that keeps firing in one session; the
 * session of the second step over a whole district may take {@code firings-per-subject} times its number of
 * subjects, and no fewer than {@code max-firings}.
 */
@ConfigurationProperties("app.evaluation")
public record EvaluationProperties(@DefaultValue("200000") int maxFirings,
		@DefaultValue("5000") int firingsPerSubject) {
}
