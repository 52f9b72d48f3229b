package org.redproperty.batch;

import org.redproperty.support.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class TitleReviewPublishingOnMariaDbIntegrationTests extends TitleReviewPublishingTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

}
