package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.FactFields;
import org.redproperty.ProblemFields;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents listing the titles (称号) a holder holds or held, imported here for a company of the demo data. */
class TitlesDocumentation extends DocumentationTest {

	@Test
	void listTitles() throws Exception {
		importDataset("""
				{"titles": [
				  {"id": "T-DOC-1", "holderType": "COMPANY", "holderId": "CO-01", "scheme": "gold-red-property",
				   "year": 2019, "title": "GOLD", "grantedOn": "2019-12-20"},
				  {"id": "T-DOC-2", "holderType": "COMPANY", "holderId": "CO-01", "scheme": "red-black-list",
				   "year": 2024, "title": "RED_LIST", "grantedOn": "2024-04-10", "revokedOn": "2024-07-05",
				   "revocationReason": "发生安全责任事故"}
				]}""");
		this.mvc.perform(get("/api/titles?holderType=COMPANY&holderId=CO-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("T-DOC-1"))
			.andExpect(jsonPath("$[1].revokedOn").value("2024-07-05"))
			.andDo(document("{method-name}",
					queryParameters(
							parameterWithName("holderType").description("只列这类持有者的称号：`PROJECT` 或 `COMPANY`").optional(),
							parameterWithName("holderId").description("只列这个项目或企业的称号").optional(),
							parameterWithName("scheme").description("只列这个评价方案的称号").optional(),
							parameterWithName("year").description("只列这个方案年度的称号").optional(),
							parameterWithName("held")
								.description("`true` 只列未撤销的称号，`false` 只列已撤销的；省略则都列出")
								.optional()),
					responseFields(list())));
	}

	@Test
	void listTitlesOfUnknownHolderType() throws Exception {
		this.mvc.perform(get("/api/titles?holderType=STREET"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	private void importDataset(String json) throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/datasets")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isOk());
	}

	private static List<FieldDescriptor> list() {
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.add(fieldWithPath("[]").type(JsonFieldType.ARRAY).description("称号，按授予日期、编号排序"));
		fields.addAll(FactFields.title("[]."));
		return fields;
	}

}
