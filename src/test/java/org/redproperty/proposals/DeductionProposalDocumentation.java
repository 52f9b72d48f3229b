package org.redproperty.proposals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents proposed credit deductions on the demo: list them, show one, confirm one, reject one, and the refusal
 * of a second decision. Each example works on a proposal of its own demo project (the documentation classes share
 * one database).
 */
class DeductionProposalDocumentation extends DocumentationTest {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	@Test
	void listDeductionProposals() throws Exception {
		proposalOf("P-006", "CO-05");
		this.mvc.perform(get("/api/deduction-proposals?companyId=CO-05&state=PROPOSED&page=0&size=20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].companyId").value("CO-05"))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("companyId").optional().description("只列出这家企业的"),
							parameterWithName("state").optional()
								.description("只列出这一状态的：`PROPOSED` 待确认、`CONFIRMED` 已确认、`REJECTED` 已驳回"),
							parameterWithName("page").optional().description("页码，从 0 开始"),
							parameterWithName("size").optional().description("每页条数，默认 50，最多 200")),
					responseFields(page())));
	}

	@Test
	void showDeductionProposal() throws Exception {
		String id = proposalOf("P-011", "CO-05");
		this.mvc.perform(get("/api/deduction-proposals/{id}", id))
			.andExpect(status().isOk())
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("拟扣信用分的编号")),
					responseFields(proposal(""))));
	}

	@Test
	void confirmDeductionProposal() throws Exception {
		String id = proposalOf("P-033", "CO-07");
		this.mvc.perform(post("/api/deduction-proposals/{id}/confirm", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"经区住建局现场核实\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CONFIRMED"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("拟扣信用分的编号")),
					requestFields(fieldWithPath("reason").type(S).optional()
						.description("确认意见（可不填，最多 500 字），写入信用分扣减的理由；请求体也可以省略")),
					responseFields(proposal(""))));
	}

	@Test
	void rejectDeductionProposal() throws Exception {
		String id = proposalOf("P-034", "CO-07");
		this.mvc.perform(post("/api/deduction-proposals/{id}/reject", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"整改已于期限前完成，系录入有误\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("拟扣信用分的编号")),
					requestFields(fieldWithPath("reason").type(S).description("驳回理由（必填，最多 500 字），与拟扣信用分一起保存")),
					responseFields(proposal(""))));
	}

	@Test
	void confirmDecidedDeductionProposal() throws Exception {
		String id = proposalOf("P-037", "CO-08");
		this.mvc.perform(post("/api/deduction-proposals/{id}/confirm", id)).andExpect(status().isOk());
		this.mvc.perform(post("/api/deduction-proposals/{id}/confirm", id))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PROPOSAL_ALREADY_DECIDED"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("拟扣信用分的编号")),
					responseFields(ProblemFields.problem())));
	}

	/** Evaluates the demo project on 2023-11-30 and answers the id of the one deduction it proposes. */
	private String proposalOf(String project, String company) throws Exception {
		String evaluation = this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + project + "\",\"asOf\":\"2023-11-30\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String cited = this.objectMapper.readTree(evaluation).path("creditDeductions").path(0).path("evidence").toString();
		String list = this.mvc.perform(get("/api/deduction-proposals?companyId=" + company + "&size=200"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode proposal : this.objectMapper.readTree(list).path("content")) {
			if (proposal.path("cited").toString().equals(cited)) {
				return proposal.path("id").asText();
			}
		}
		throw new AssertionError("no proposal of " + project + " citing " + cited);
	}

	private static List<FieldDescriptor> page() {
		List<FieldDescriptor> fields = new ArrayList<>(proposal("content[]."));
		fields.add(0, fieldWithPath("content[]").type(JsonFieldType.ARRAY).description("拟扣信用分，最早提出的在后"));
		fields.add(fieldWithPath("page").type(N).description("页码"));
		fields.add(fieldWithPath("size").type(N).description("每页条数"));
		fields.add(fieldWithPath("totalElements").type(N).description("符合条件的总数"));
		fields.add(fieldWithPath("totalPages").type(N).description("总页数"));
		return fields;
	}

	private static List<FieldDescriptor> proposal(String p) {
		return List.of(fieldWithPath(p + "id").type(S).description("编号（首次提出时给定，此后不变）"),
				fieldWithPath(p + "scheme").type(S).description("评价方案"),
				fieldWithPath(p + "year").type(N).description("年度"),
				fieldWithPath(p + "ruleCode").type(S).description("提出扣分的规则代码，如 `HQ-CREDIT-OVERDUE`"),
				fieldWithPath(p + "cited").type(JsonFieldType.ARRAY).description("所依据的记录编号（如安全问题的编号）"),
				fieldWithPath(p + "companyId").type(S).description("被扣分的企业"),
				fieldWithPath(p + "subjectType").type(S).description("首次提出它的评价对象的类型"),
				fieldWithPath(p + "subjectId").type(S).description("首次提出它的评价对象"),
				fieldWithPath(p + "points").type(N).description("拟扣的分数：待确认时随最新的评价，作出决定后不再改变"),
				fieldWithPath(p + "reason").type(S).description("规则给出的理由").optional(),
				fieldWithPath(p + "clause").type(S).description("规则所依据的政策条款").optional(),
				fieldWithPath(p + "state").type(S).description("`PROPOSED` 待确认、`CONFIRMED` 已确认、`REJECTED` 已驳回"),
				fieldWithPath(p + "firstEvaluationId").type(S).description("首次提出它的评价"),
				fieldWithPath(p + "firstProposedAt").type(S).description("首次提出的时刻"),
				fieldWithPath(p + "latestEvaluationId").type(S).description("最近一次提出它的评价（此后的评价不再提出时保持不变）"),
				fieldWithPath(p + "latestProposedAt").type(S).description("最近一次提出的时刻"),
				fieldWithPath(p + "decidedBy").type(S).description("谁确认或驳回；待确认时为 null").optional(),
				fieldWithPath(p + "decidedAt").type(S).description("何时确认或驳回").optional(),
				fieldWithPath(p + "decisionReason").type(S).description("驳回理由或确认意见").optional(),
				fieldWithPath(p + "decidedEvaluationId").type(S).description("作出决定时所依据（扣减理由中引用）的评价").optional(),
				fieldWithPath(p + "creditDeductionId").type(S)
					.description("确认后新增的信用分扣减事实（`creditDeductions`）的编号，为 `DP-` 加本编号")
					.optional(),
				fieldWithPath(p + "creditDeductionRevision").type(N).description("记录该事实的修订版本号").optional());
	}

}
