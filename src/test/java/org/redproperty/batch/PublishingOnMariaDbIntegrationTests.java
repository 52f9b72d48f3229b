package org.redproperty.batch;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PublishingOnMariaDbIntegrationTests extends PublishingTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
		registry.add("app.rules.dir", RULES::toString);
	}

}
