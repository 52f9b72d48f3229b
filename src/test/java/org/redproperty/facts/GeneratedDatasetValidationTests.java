package org.redproperty.facts;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.redproperty.generator.GeneratorSettings;
import org.redproperty.generator.ProvinceGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's bulk path skips the import validation; this proves what it writes would pass it. */
class GeneratedDatasetValidationTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final Dataset province = new ProvinceGenerator(GeneratorSettings.defaults()).dataset(200, 1);

	@Test
	void generatedProvincePassesTheImportValidation() {
		DatasetValidator validator = new DatasetValidator((kind, ids) -> Set.of());

		JsonNode imported = this.json.valueToTree(this.province);
		// When each record was entered is the generator's (records entered through the year), written with the row;
		// an import never carries it: the service records when it imports.
		imported.path("activities").forEach((activity) -> ((ObjectNode) activity).remove("recordedAt"));
		assertThat(imported.path("activities").get(0).has("date")).isTrue();

		assertThat(validator.validate(imported)).isEmpty();
	}

	@Test
	void generatedCreditCodesCarryTheRightCheckCharacter() {
		assertThat(this.province.companies()).allSatisfy((company) -> {
			assertThat(CreditCode.isValid(company.creditCode())).as(company.creditCode()).isTrue();
			assertThat(company.creditCode()).startsWith("9137");
		});
	}

	@Test
	void generatedIdsDoNotCollideWithTheDemo() throws Exception {
		Dataset demo = this.json.readValue(new File("fixtures/demo-zichuan.json"), Dataset.class);
		Set<String> demoIds = new HashSet<>(demo.all().map(Fact::id).toList());

		assertThat(demoIds).hasSizeGreaterThan(2_000);
		assertThat(this.province.all().map(Fact::id)).noneMatch(demoIds::contains);
	}

}
