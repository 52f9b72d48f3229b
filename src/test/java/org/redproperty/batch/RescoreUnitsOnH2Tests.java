package org.redproperty.batch;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Claiming the districts of a shared job on the embedded default, H2 in MySQL mode. */
class RescoreUnitsOnH2Tests extends RescoreUnitsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.H2.configure(registry);
	}

}
