package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents the revisions of the facts (the demo import is revision 1), retracting facts, and the history of one
 * fact. The fact changed here ({@code D-DOC}) is retracted again within its example, so the demo data stands alone.
 */
public class RevisionsDocumentation extends DocumentationTest {

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	private static final JsonFieldType S = JsonFieldType.STRING;

	@Test
	void listRevisions() throws Exception {
		this.mvc.perform(get("/api/revisions?page=0&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].source", hasItem("demo [demo-zichuan.json]")))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("page").description("页码，从 0 开始（默认 0）").optional(),
							parameterWithName("size").description("每页条数，1 至 1000（默认 20）").optional()),
					responseFields(page())));
	}

	@Test
	void showRevision() throws Exception {
		this.mvc.perform(get("/api/revisions/{revision}", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.projects.added").isNumber())
			.andDo(document("{method-name}", pathParameters(parameterWithName("revision").description("修订版本号")),
					responseFields(revision(""))));
	}

	@Test
	void showUnknownRevision() throws Exception {
		this.mvc.perform(get("/api/revisions/{revision}", 99999))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("REVISION_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void showFactHistory() throws Exception {
		importDataset("{\"districts\": [{\"id\": \"D-DOC\", \"name\": \"示例区\"}]}");
		importDataset("{\"districts\": [{\"id\": \"D-DOC\", \"name\": \"示例新区\"}]}");
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"retract\": {\"districts\": [\"D-DOC\"]}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retracted.districts").value(1))
			.andDo(document("retract-facts", requestFields(subsectionWithPath("retract")
				.description("要撤回的事实：按事实类型（导入格式中的分组名）列出编号；与本次其余数据一起校验、一起写入或一起拒绝")),
					responseFields(importSummary())));
		this.mvc.perform(get("/api/facts/{kind}/{id}/history", "districts", "D-DOC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions.length()").value(2))
			.andExpect(jsonPath("$.versions[1].changes[0].field").value("name"))
			.andExpect(jsonPath("$.versions[1].retracted").value(true))
			.andDo(document("{method-name}",
					pathParameters(parameterWithName("kind").description("事实类型，即导入格式中的分组名，如 `activities`"),
							parameterWithName("id").description("事实编号")),
					responseFields(history())));
	}

	@Test
	void showHistoryOfUnknownFact() throws Exception {
		this.mvc.perform(get("/api/facts/{kind}/{id}/history", "activities", "A-NONE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("FACT_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void refuseDanglingRetraction() throws Exception {
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"districts\": [{\"id\": \"D-DOC2\", \"name\": \"另一区\"}], "
					+ "\"retract\": {\"districts\": [\"D-ZC\"], \"activities\": [\"A-NONE\"]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("RETRACTION_ORPHANS")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("UNKNOWN_RETRACTION")))
			.andDo(document("{method-name}", responseFields(ProblemFields.invalidDataset())));
	}

	/** What an import answers. */
	public static List<FieldDescriptor> importSummary() {
		return List.of(fieldWithPath("revision").type(N).description("本次导入的修订版本号"),
				fieldWithPath("total").type(N).description("本次数据中的行数（不含撤回）"),
				subsectionWithPath("created").description("按事实类型（导入格式中的分组名）新增的条数"),
				subsectionWithPath("updated").description("按事实类型修改的条数：编号已存在且内容不同的行，原版本关闭、保留在历史中；内容相同的行不计"),
				subsectionWithPath("retracted").description("按事实类型撤回的条数"));
	}

	private static List<FieldDescriptor> page() {
		List<FieldDescriptor> fields = new ArrayList<>(revision("content[]."));
		fields.add(0, fieldWithPath("content[]").type(JsonFieldType.ARRAY).description("修订版本，新的在前"));
		fields.add(fieldWithPath("page").type(N).description("页码"));
		fields.add(fieldWithPath("size").type(N).description("每页条数"));
		fields.add(fieldWithPath("totalElements").type(N).description("修订版本总数"));
		fields.add(fieldWithPath("totalPages").type(N).description("总页数"));
		return fields;
	}

	private static List<FieldDescriptor> revision(String p) {
		return List.of(fieldWithPath(p + "revision").type(N).description("修订版本号，从 1 起连续编号"),
				fieldWithPath(p + "recordedAt").type(S).description("录入时刻（ISO-8601，UTC）"),
				fieldWithPath(p + "actor").type(S).description("谁录入（启用登录之前为 `anonymous`）"),
				fieldWithPath(p + "source").type(S).description("来源：`api`（接口导入）、`demo [...]`（演示数据）、`generator`（生成器）、`deduction-proposal <编号>`（确认拟扣信用分）"),
				fieldWithPath(p + "payloadHash").type(S).description("所提交数据的 SHA-256").optional(),
				subsectionWithPath(p + "counts")
					.description("按事实类型：`added` 新增、`changed` 修改（新版本）、`retracted` 撤回的条数；内容未变的行不计"));
	}

	private static List<FieldDescriptor> history() {
		String v = "versions[].";
		return List.of(fieldWithPath("kind").type(S).description("事实类型"), fieldWithPath("id").type(S).description("事实编号"),
				fieldWithPath("current").type(JsonFieldType.BOOLEAN).description("是否仍有当前版本（撤回后为 false）"),
				fieldWithPath("versions[]").type(JsonFieldType.ARRAY).description("每个版本，旧的在前"),
				fieldWithPath(v + "revision").type(N).description("记录这一版本的修订版本号"),
				fieldWithPath(v + "recordedAt").type(S).description("这一版本的录入时刻").optional(),
				fieldWithPath(v + "actor").type(S).description("谁录入").optional(),
				fieldWithPath(v + "source").type(S).description("来源").optional(),
				subsectionWithPath(v + "fact").description("这一版本的内容（导入格式）"),
				fieldWithPath(v + "changes[]").type(JsonFieldType.ARRAY).description("与上一版本相比改动的字段（第一个版本为全部字段）"),
				fieldWithPath(v + "changes[].field").type(S).description("字段名，嵌套字段用点分隔，如 `partyOrgChecklist.flag`"),
				subsectionWithPath(v + "changes[].before").description("原值（第一个版本为 null）").optional(),
				subsectionWithPath(v + "changes[].after").description("新值").optional(),
				fieldWithPath(v + "retiredBy").type(N).description("关闭这一版本的修订版本号；当前版本为 null").optional(),
				fieldWithPath(v + "retracted").type(JsonFieldType.BOOLEAN).description("这一版本是否被撤回（而非被新版本取代）"));
	}

	private void importDataset(String json) throws Exception {
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

}
