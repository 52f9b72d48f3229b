package org.redproperty.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.FactFields;
import org.redproperty.ProblemFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents importing a dataset: a valid one ({@code fixtures/small-valid.json}, removed again afterwards so that
 * the other examples see only the demo district) and one refused with an error per bad field.
 */
class DatasetDocumentation extends DocumentationTest {

	private static final Path SMALL_VALID = Path.of("fixtures/small-valid.json");

	@Autowired
	JdbcClient jdbc;

	@Test
	void importDataset() throws Exception {
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(Files.readString(SMALL_VALID)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(21))
			.andExpect(jsonPath("$.created.projects").value(3))
			.andDo(document("{method-name}", requestFields(FactFields.dataset("")),
					responseFields(RevisionsDocumentation.importSummary())));
	}

	@Test
	void importInvalidDataset() throws Exception {
		String dataset = """
				{
				  "streets": [ { "id": "S-X1", "districtId": "D-NONE", "name": "新建街道" } ],
				  "companies": [ { "id": "CO-X1", "name": "某物业服务有限公司", "creditCode": "91370302MA3T00017A",
				    "employeeCount": -3, "partyMemberCount": 0, "partyOrg": "SOMETIMES", "firstServiceDate": "2023/04/18" } ]
				}
				""";
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(dataset))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_DATASET"))
			.andExpect(jsonPath("$.errors[*].code", hasItems("DANGLING_REFERENCE", "INVALID_CREDIT_CODE",
					"NEGATIVE_COUNT", "UNKNOWN_ENUM", "INVALID_DATE")))
			.andDo(document("{method-name}", responseFields(ProblemFields.invalidDataset())));
	}

	@Test
	void importDatasetWithMorePlacesThanStored() throws Exception {
		String dataset = """
				{
				  "surveys": [ { "id": "SV-X1", "companyId": "CO-NONE", "date": "2023-06-01", "respondents": 120,
				    "averageScore": 79.9996 } ],
				  "districts": [ { "id": "D-ZC ", "name": "淄川区" } ]
				}
				""";
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(dataset))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItems("TOO_MANY_DECIMALS", "INVALID_ID", "DANGLING_REFERENCE")))
			.andDo(document("{method-name}", responseFields(ProblemFields.invalidDataset())));
	}

	/** Removes the rows of the small dataset again, last kind first, so that the demo data stands alone. */
	@AfterEach
	void removeSmallDataset() throws Exception {
		JsonNode dataset = this.objectMapper.readTree(SMALL_VALID.toFile());
		List<FactKind> kinds = new ArrayList<>(List.of(FactKind.values()));
		Collections.reverse(kinds);
		for (FactKind kind : kinds) {
			List<String> ids = new ArrayList<>();
			dataset.path(kind.key()).forEach((row) -> ids.add(row.path("id").asText()));
			if (!ids.isEmpty()) {
				this.jdbc.sql("DELETE FROM " + kind.table() + " WHERE id IN (:ids)").param("ids", ids).update();
			}
		}
	}

}
