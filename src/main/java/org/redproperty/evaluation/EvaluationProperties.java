package org.redproperty.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits of one evaluation: {@code app.evaluation.max-firings} stops a rule that keeps firing. */
@ConfigurationProperties("app.evaluation")
public record EvaluationProperties(@DefaultValue("200000") int maxFirings) {
}
