package org.redproperty.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of evaluation: {@code app.evaluation.max-firings} stops a rule that keeps firing in one subject's
 * evaluation; a session over a whole district (a batch job, a what-if) may take {@code firings-per-subject} times
 * its number of subjects, and no fewer than {@code max-firings}.
 */
@ConfigurationProperties("app.evaluation")
public record EvaluationProperties(@DefaultValue("200000") int maxFirings,
		@DefaultValue("5000") int firingsPerSubject) {

	/** The engine for one session over that many subjects. */
	public RuleEngine engineFor(int subjects) {
		return new RuleEngine(Math.max(this.maxFirings, this.firingsPerSubject * Math.max(1, subjects)));
	}

}
