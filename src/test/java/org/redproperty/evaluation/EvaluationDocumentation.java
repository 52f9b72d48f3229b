package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.Abbreviate;
import org.redproperty.DocumentationTest;
import org.redproperty.EvaluationFields;
import org.redproperty.FactFields;
import org.redproperty.ProblemFields;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents making an evaluation, reading it with its facts, listing a project's, and the errors on the way. */
class EvaluationDocumentation extends DocumentationTest {

	@Test
	void evaluateProject() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content(request("P-043", "2023-11-30")))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.status").value("NOT_NOMINATED"))
			.andDo(document("{method-name}", requestFields(EvaluationFields.request()),
					responseHeaders(headerWithName(HttpHeaders.LOCATION).description("新评价结果的地址")),
					responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void evaluateDistrict() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content(request("D-ZC", "2023-11-30")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("TARGETS_MISSED"))
			.andExpect(jsonPath("$.gates[?(@.code == 'HQ-T-COMMITTEE')].passed").value(true))
			.andDo(document("{method-name}", Abbreviate.arrays(5, "trace"), responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void evaluateForAPeriod() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"red-black-list\",\"year\":2024,\"subjectId\":\"D-ZC\",\"asOf\":\"2024-03-31\","
					+ "\"period\":\"Q1\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.period").value("Q1"))
			.andExpect(jsonPath("$.status").value("NOT_PUBLISHED"))
			.andDo(document("{method-name}", Abbreviate.arrays(3, "trace", "lines", "findings"),
					requestFields(EvaluationFields.request()), responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void evaluateACreditGrade() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"credit-grade\",\"year\":2024,\"subjectId\":\"CO-01\",\"asOf\":\"2024-12-31\","
					+ "\"districtId\":\"D-ZC\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evaluatedTogether.subjectId").value("D-ZC"))
			.andExpect(jsonPath("$.requiredRulesets[0].scheme").value("red-black-list"))
			.andExpect(jsonPath("$.requiredRulesets[0].periods", hasSize(4)))
			.andExpect(jsonPath("$.requiredOutcomes", hasSize(4)))
			.andExpect(jsonPath("$.requiredOutcomes[0].period").value("Q1"))
			.andDo(document("{method-name}", Abbreviate.arrays(3, "trace", "lines", "findings"),
					requestFields(EvaluationFields.request()), responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void evaluateWithoutThePeriod() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"red-black-list\",\"year\":2024,\"subjectId\":\"D-ZC\",\"asOf\":\"2024-03-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PERIOD_REQUIRED"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void evaluateAsKnownAtARevision() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\": \"hongqi365\", \"year\": 2023, \"subjectId\": \"P-043\", \"asOf\": \"2023-11-30\", "
					+ "\"knownAt\": 1}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.factsRevision").value(1))
			.andDo(document("{method-name}", Abbreviate.arrays(3, "trace", "lines", "findings"),
					requestFields(EvaluationFields.request()), responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void evaluateAsKnownAtAnUnknownRevision() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\": \"hongqi365\", \"year\": 2023, \"subjectId\": \"P-043\", \"asOf\": \"2023-11-30\", "
					+ "\"knownAt\": 99999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_REVISION"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void evaluateUnknownSubject() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content(request("P-999", "2023-11-30")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("SUBJECT_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void evaluateUncoveredSubjectType() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content(request("CO-01", "2023-11-30")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("SUBJECT_TYPE_NOT_COVERED"))
			.andExpect(jsonPath("$.detail").value("规则集 hongqi365/2023 不评价物业服务企业（COMPANY），"
					+ "只评价物业服务项目（PROJECT）、街道/镇（STREET）、社区（COMMUNITY）、区（DISTRICT）"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void evaluateWithNumberAsDate() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"P-001\",\"asOf\":20231130}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_FIELD_TYPE"))
			.andExpect(jsonPath("$.errors[0].field").value("asOf"))
			.andDo(document("{method-name}", responseFields(ProblemFields.invalidField())));
	}

	@Test
	void evaluateWithoutDate() throws Exception {
		this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"P-001\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
			.andExpect(jsonPath("$.errors[0].field").value("asOf"))
			.andDo(document("{method-name}", responseFields(ProblemFields.invalidRequest())));
	}

	@Test
	void showEvaluation() throws Exception {
		String id = evaluate("P-043", "2023-11-30");
		this.mvc.perform(get("/api/evaluations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("评价结果编号")),
					responseFields(EvaluationFields.evaluation())));
	}

	@Test
	void showUnknownEvaluation() throws Exception {
		this.mvc.perform(get("/api/evaluations/{id}", "no-such-evaluation"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("EVALUATION_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void showEvaluationFacts() throws Exception {
		String id = evaluate("P-043", "2023-11-30");
		this.mvc.perform(get("/api/evaluations/{id}/facts", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projects[0].id").value("P-043"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("评价结果编号")),
					responseFields(FactFields.dataset(""))));
	}

	@Test
	void listProjectEvaluations() throws Exception {
		evaluate("P-049", "2023-06-30");
		evaluate("P-049", "2023-11-30");
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.add(fieldWithPath("[]").type(JsonFieldType.ARRAY).description("该项目的历次评价，最新的在前"));
		fields.addAll(EvaluationFields.summary("[]."));
		this.mvc.perform(get("/api/projects/{id}/evaluations", "P-049"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.subjectId == 'P-049')]", hasSize(2)))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("项目编号")),
					responseFields(fields)));
	}

	private String evaluate(String subjectId, String asOf) throws Exception {
		String created = this.mvc
			.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(request(subjectId, asOf)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.objectMapper.readTree(created).get("id").asText();
	}

	private static String request(String subjectId, String asOf) {
		return "{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + subjectId + "\",\"asOf\":\"" + asOf + "\"}";
	}

}
