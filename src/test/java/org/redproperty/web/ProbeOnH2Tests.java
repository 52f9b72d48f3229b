package org.redproperty.web;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ProbeOnH2Tests extends ProbeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

	@Override
	TestDatabase database() {
		return TestDatabase.H2;
	}

}
