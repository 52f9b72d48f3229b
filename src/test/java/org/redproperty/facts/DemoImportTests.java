package org.redproperty.facts;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.RedPropertyApplication;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset: imported on the first start with an empty database ({@code app.demo.enabled}), not again on
 * the next start. The counts come from the fixture file.
 */
@TestPropertySource(properties = { "app.demo.enabled=true", "app.demo.datasets=" + DemoImportTests.DEMO })
abstract class DemoImportTests extends DatabaseTestSupport {

	static final String DEMO = "fixtures/demo-zichuan.json";

	@Autowired
	Environment environment;

	@Test
	void importsTheDemoOnFirstStartAndNotAgainOnTheNext() {
		JsonNode demo = fixture(DEMO);
		for (Iterator<String> keys = demo.fieldNames(); keys.hasNext();) {
			String key = keys.next();
			assertThat(count(FactKind.byKey(key).table())).as(key).isEqualTo(demo.path(key).size());
		}
		// A change made after the first start shows whether the next start imports the demo over it again.
		String district = demo.path("districts").get(0).path("id").asText();
		this.jdbc.sql("UPDATE districts SET name = '改过的名称' WHERE id = :id").param("id", district).update();
		Map<String, String> afterFirstStart = factTables();

		// Command line arguments, which outrank application.properties (default properties would not).
		String url = this.environment.getProperty("spring.datasource.url");
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(RedPropertyApplication.class)
			.profiles("test")
			.run("--server.port=0", "--app.demo.enabled=true", "--app.demo.datasets=" + DEMO,
					"--spring.datasource.url=" + url,
					"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""))) {
			assertThat(second.isRunning()).isTrue();
			assertThat(second.getEnvironment().getProperty("spring.datasource.url")).as("the same database")
				.isEqualTo(url);
		}

		assertThat(factTables()).isEqualTo(afterFirstStart);
		assertThat(this.jdbc.sql("SELECT name FROM districts WHERE id = :id").param("id", district).query(String.class)
			.single()).isEqualTo("改过的名称");
	}

}
