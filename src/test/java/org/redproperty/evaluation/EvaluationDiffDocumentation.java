package org.redproperty.evaluation;

import org.junit.jupiter.api.Test;
import org.redproperty.DiffFields;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.http.MediaType;

import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents the diff of two evaluations with its causes, and a refused diff. */
class EvaluationDiffDocumentation extends DocumentationTest {

	/**
	 * P-015 on 25 November, then with a record dated 26 November entered and on 30 November: the later date alone
	 * counts a record of 28 November, and only the new record and the later date together earn the status. The
	 * record is retracted again, so that the demo data the other examples share stands as it was.
	 */
	@Test
	void diffEvaluations() throws Exception {
		String before = evaluate("P-015", "2023-11-25");
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content("""
				{"activities": [{"id": "A-P015-X1", "projectId": "P-015", "date": "2023-11-26",
				  "organizer": "淄博孝河物业服务有限公司", "heart": "HONGXIN", "kind": "ACTIVITY", "title": "补充议事会",
				  "description": "补充议事会，20名居民参与。", "photoCount": 3, "residentSignatures": 8}]}"""))
			.andExpect(status().isOk());
		try {
			String after = evaluate("P-015", "2023-11-30");
			this.mvc.perform(get("/api/evaluations/{id}/diff?against={against}", after, before))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.statusChanged").value(true))
				.andExpect(jsonPath("$.changes[?(@.kind == 'STATUS')].interaction").value(true))
				.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("被比较的评价")),
						queryParameters(parameterWithName("against").description("作为基准的评价（同一对象、同一方案）")),
						responseFields(DiffFields.diff())));
		}
		finally {
			this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"retract\": {\"activities\": [\"A-P015-X1\"]}}")).andExpect(status().isOk());
		}
	}

	@Test
	void diffEvaluationsOfDifferentSubjects() throws Exception {
		String one = evaluate("P-043", "2023-11-30");
		String other = evaluate("P-044", "2023-11-30");
		this.mvc.perform(get("/api/evaluations/{id}/diff?against={against}", one, other))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DIFF_OTHER_SUBJECT"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	private String evaluate(String subjectId, String asOf) throws Exception {
		String created = this.mvc
			.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + subjectId + "\",\"asOf\":\"" + asOf
						+ "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.objectMapper.readTree(created).get("id").asText();
	}

}
