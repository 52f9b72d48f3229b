package org.redproperty.web;

import java.io.IOException;
import java.util.stream.Stream;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ProbeOnMariaDbIntegrationTests extends ProbeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

	static Stream<Probe> corpus() throws IOException {
		return corpus(TestDatabase.MARIADB);
	}

	@Override
	TestDatabase database() {
		return TestDatabase.MARIADB;
	}

}
