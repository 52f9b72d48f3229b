package org.redproperty.batch;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Claiming the districts of a shared job on the real MariaDB, in a database of its own. */
class RescoreUnitsOnMariaDbIntegrationTests extends RescoreUnitsContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

}
