package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents the path of an evaluated subject to a status, a blocked one, and the errors. */
class PathDocumentation extends DocumentationTest {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	private static final JsonFieldType A = JsonFieldType.ARRAY;

	private static final JsonFieldType B = JsonFieldType.BOOLEAN;

	@Test
	void pathToStatus() throws Exception {
		String id = evaluate("P-025");
		this.mvc.perform(get("/api/evaluations/{id}/path", id).queryParam("target", "FIVE_STAR"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reachable").value(true))
			.andExpect(jsonPath("$.verified").value(true))
			.andExpect(jsonPath("$.verifiedStatus").value("FIVE_STAR"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("评价结果编号")),
					queryParameters(parameterWithName("target")
						.description("目标状态，须是清单 `statuses` 为该类对象列出的状态之一；不写则为其中第一个（最好的状态）")
						.optional()),
					responseFields(plan())));
	}

	@Test
	void pathOfRecordsToFix() throws Exception {
		String id = evaluate("P-015");
		this.mvc.perform(get("/api/evaluations/{id}/path", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].gate").value("HQ-ACT-MIN"))
			.andExpect(jsonPath("$.steps[0].added").isEmpty())
			.andDo(document("{method-name}", responseFields(plan())));
	}

	@Test
	void pathBlocked() throws Exception {
		String id = evaluate("P-011");
		this.mvc.perform(get("/api/evaluations/{id}/path", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reachable").value(false))
			.andExpect(jsonPath("$.blockers[0].gate").value("HQ-SAFE-DQ"))
			.andDo(document("{method-name}", responseFields(plan())));
	}

	@Test
	void pathToUnknownStatus() throws Exception {
		String id = evaluate("P-015");
		this.mvc.perform(get("/api/evaluations/{id}/path", id).queryParam("target", "SIX_STAR"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_TARGET_STATUS"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void pathOfUnknownEvaluation() throws Exception {
		this.mvc.perform(get("/api/evaluations/{id}/path", "no-such-evaluation"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("EVALUATION_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	private static List<FieldDescriptor> plan() {
		List<FieldDescriptor> fields = new ArrayList<>(List.of(
				fieldWithPath("evaluationId").type(S).description("评价结果编号"),
				fieldWithPath("subjectId").type(S).description("评价对象编号"),
				fieldWithPath("asOf").type(S).description("评价日：补正后的事实按同一评价日核验"),
				fieldWithPath("status").type(S).description("该次评价的状态"),
				fieldWithPath("target").type(S).description("目标状态"),
				fieldWithPath("reachable").type(B).description("按各步补正后能否评为目标状态（已核验）"),
				fieldWithPath("steps[]").type(A).description("每道未通过的门槛（或未进入的名次）一步，按规则编号排列"),
				fieldWithPath("blockers[]").type(A).description("不能补正的情形：有一项即不能评为目标状态"),
				fieldWithPath("daysLeft").type(N).description("评价日到清单 `remedies.window` 所指计分期截止日的天数（已过为 0）；未声明时为 null").optional(),
				fieldWithPath("windowEnd").type(S).description("计分期截止日；未声明时为 null").optional(),
				fieldWithPath("verified").type(B)
					.description("是否已核验：把各步（不能补正的除外）应用到该次评价所读的事实上，用同一规则集、同一范围和评价日重新评价，结果与 `reachable` 一致"),
				fieldWithPath("verifiedStatus").type(S).description("核验时重新评价得到的状态"),
				fieldWithPath("summary").type(S).description("中文的一句话结论")));
		fields.add(item("steps[].gate", S, "门槛（或名次）的规则编号"));
		fields.add(item("steps[].gap", N, "差距，单位同门槛的 required 和 actual（如记录项数、月份数、分数）"));
		fields.add(item("steps[].required", N, "门槛的要求值；名次为须超过的末位分数"));
		fields.add(item("steps[].actual", N, "实际值"));
		fields.add(item("steps[].action", S, "怎么做：清单 `remedies` 中的中文说明；没有声明补正办法时为 null"));
		fields.add(item("steps[].records[]", A, "要补正或修改的已有记录编号"));
		fields.add(item("steps[].changes[]", A, "对已有记录的逐字段修改"));
		fields.add(item("steps[].changes[].kind", S, "记录类型，即导入格式的分组名，如 `activities`"));
		fields.add(item("steps[].changes[].id", S, "记录编号"));
		fields.add(item("steps[].changes[].field", S, "字段（嵌套字段用点号，如 `disclosures.contract`）"));
		fields.add(item("steps[].changes[].before", S, "原值；原来没有时为 null"));
		fields.add(item("steps[].changes[].after", S, "新值"));
		fields.add(item("steps[].added[]", A, "要新增的记录（已按此核验）"));
		fields.add(item("steps[].added[].kind", S, "记录类型"));
		fields.add(item("steps[].added[].id", S, "假设的记录编号，以 `PATH-` 开头"));
		fields.add(subsectionWithPath("steps[].added[].record").type(JsonFieldType.OBJECT)
			.description("新增记录的全部字段，格式同导入格式")
			.optional());
		fields.add(item("steps[].units[]", A, "门槛报告的缺少的单位，如缺活动的月份 `2023-03`；每个单位新增一项记录"));
		fields.add(item("steps[].fixable", B, "能否补正；不能的同时列入 `blockers`"));
		fields.add(item("steps[].reason", S, "中文说明：差多少、补正哪些记录、新增几项，或为什么不能补正"));
		fields.add(item("blockers[].gate", S, "门槛（或名次）的规则编号"));
		fields.add(item("blockers[].reason", S, "中文说明"));
		return fields;
	}

	private static FieldDescriptor item(String path, JsonFieldType type, String description) {
		return fieldWithPath(path).type(type).description(description).optional();
	}

	private String evaluate(String subjectId) throws Exception {
		String created = this.mvc
			.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + subjectId
						+ "\",\"asOf\":\"2023-11-30\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.objectMapper.readTree(created).get("id").asText();
	}

}
