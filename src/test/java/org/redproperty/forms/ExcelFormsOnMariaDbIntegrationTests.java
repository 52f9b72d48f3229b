package org.redproperty.forms;

import org.redproperty.support.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ExcelFormsOnMariaDbIntegrationTests extends ExcelFormsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

}
