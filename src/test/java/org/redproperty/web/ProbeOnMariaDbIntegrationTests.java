package org.redproperty.web;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ProbeOnMariaDbIntegrationTests extends ProbeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

	@Override
	TestDatabase database() {
		return TestDatabase.MARIADB;
	}

}
