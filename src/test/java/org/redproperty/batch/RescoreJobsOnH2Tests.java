package org.redproperty.batch;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Re-score jobs on the embedded default, H2 in MySQL mode. */
class RescoreJobsOnH2Tests extends RescoreJobsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:rescore;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR");
		registry.add("app.rules.dir", RULES::toString);
	}

}
