package org.redproperty.web;

import java.io.IOException;
import java.util.stream.Stream;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ProbeOnH2Tests extends ProbeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

	static Stream<Probe> corpus() throws IOException {
		return corpus(TestDatabase.H2);
	}

	@Override
	TestDatabase database() {
		return TestDatabase.H2;
	}

}
