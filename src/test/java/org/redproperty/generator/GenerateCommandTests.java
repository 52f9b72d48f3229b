package org.redproperty.generator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.FactKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The command against embedded H2, next to the imported demo data. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:generate;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR")
@DirtiesContext
class GenerateCommandTests {

	@Autowired
	BulkFactWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesTheGeneratedProvinceNextToTheDemoAndReplacesIt() {
		Dataset expected = new ProvinceGenerator(GeneratorSettings.defaults()).dataset(60, 3);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		GenerateCommand command = new GenerateCommand(this.writer);

		assertThat(command.run(List.of("--projects", "60", "--seed=3"), out)).isZero();
		assertThat(command.run(List.of("--projects", "60", "--seed", "3", "--replace"), out)).isZero();

		for (FactKind kind : FactKind.values()) {
			assertThat(count(kind, "GEN-%")).as(kind.key()).isEqualTo(kind.of(expected).size());
		}
		assertThat(count(FactKind.PROJECTS, "P-%")).isEqualTo(50);
		assertThat(this.jdbc.queryForObject("SELECT title FROM activities WHERE id = ?", String.class,
				expected.activities().get(0).id())).isEqualTo(expected.activities().get(0).title());
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("生成完成：60 个项目").contains("activities");
	}

	@Test
	void refusesMissingOrUnknownOptions() {
		GenerateCommand command = new GenerateCommand(this.writer);
		assertThatIllegalArgumentException().isThrownBy(() -> command.run(List.of("--seed", "2")))
			.withMessageContaining("--projects");
		assertThatIllegalArgumentException().isThrownBy(() -> command.run(List.of("--projects", "5", "--fast")))
			.withMessageContaining("--fast");
	}

	private int count(FactKind kind, String pattern) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + kind.table() + " WHERE id LIKE ?", Integer.class,
				pattern);
	}

}
