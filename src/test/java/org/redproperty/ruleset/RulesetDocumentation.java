package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;

import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.relaxedRequestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents the ruleset lifecycle: list, details, check, reload, what-if and replay. */
class RulesetDocumentation extends DocumentationTest {

	/** The threshold of HQ-ACT-MIN in the manifest: a draft raising it fails the folder's boundary test. */
	private static final String MIN_RECORDS_50 = "  minRecords:\n    type: integer\n    value: 50\n";

	private static final Path HONGQI = Path.of("rules/hongqi365/2023");

	@Test
	void listRulesets() throws Exception {
		this.mvc.perform(get("/api/rulesets"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.location == 'hongqi365/2023')].state").value("ACTIVE"))
			.andDo(document("{method-name}", responseFields(summary("[]."))));
	}

	@Test
	void showRuleset() throws Exception {
		this.mvc.perform(get("/api/rulesets/hongqi365/2023"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules[?(@.code == 'HQ-ACT-MIN')].clause").value("川综执字〔2023〕68号 二.2"))
			.andDo(document("{method-name}", responseFields(summary("ruleset."))
				.and(fieldWithPath("phases[]").description("评价阶段，按评价顺序"),
						fieldWithPath("phases[].name").description("阶段名称，规则用 `agenda-group \"名称\"` 归入"),
						fieldWithPath("phases[].label").description("阶段的中文说明"),
						fieldWithPath("phases[].step").description("`each`：逐个评价项目、企业；`together`：在其结果上评价街道、社区、区和排名"),
						fieldWithPath("parameters[]").description("参数：规则中的全部门槛、分值、日期、名额和类型清单"),
						fieldWithPath("parameters[].name").description("参数名，规则用 `params.<类型>(\"参数名\")` 读取"),
						fieldWithPath("parameters[].type").description("`integer`、`decimal`、`ratio`、`date`、`set` 或 `text`"),
						fieldWithPath("parameters[].of").description("集合成员的枚举类型（仅 `set`）").optional(),
						fieldWithPath("parameters[].value").description("取值（`set` 为列表）"),
						fieldWithPath("parameters[].label").description("中文说明"),
						fieldWithPath("parameters[].clause").description("所依据的政策条款"),
						fieldWithPath("rules[]").description("规则，按名称排序"),
						fieldWithPath("rules[].name").description("规则名称：编号加中文说明"),
						fieldWithPath("rules[].code").description("规则编号（`@code`），在规则集中唯一"),
						fieldWithPath("rules[].clause").description("所依据的政策条款（`@clause`）"),
						fieldWithPath("rules[].title").description("规则的中文说明"),
						fieldWithPath("errors[]").description("当前磁盘上内容的错误（状态为 BROKEN 时）"),
						fieldWithPath("files[]").description("磁盘上的文件"),
						fieldWithPath("files[].name").description("文件名，相对于规则集文件夹"),
						fieldWithPath("files[].content").description("文件内容"))));
	}

	@Test
	void checkDraft() throws Exception {
		this.mvc.perform(post("/api/rulesets/hongqi365/2023/check").contentType(MediaType.APPLICATION_JSON)
			.content(manifestDraft(MIN_RECORDS_50, MIN_RECORDS_50.replace("50", "60"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.errors").isEmpty())
			.andDo(document("{method-name}",
					relaxedRequestFields(fieldWithPath("files[]")
						.description("草案的文件：全部，或只给要改的文件（其余沿用在用版本，见 `basedOn`）"),
							fieldWithPath("files[].name")
								.description("文件名：`manifest.yaml`、`*.drl` 或 `tests/*.json`"),
							fieldWithPath("files[].content").description("文件内容"),
							fieldWithPath("files[].delete").type(JsonFieldType.BOOLEAN)
								.description("写 `true`（不写 `content`）则从在用版本中删去这个文件")
								.optional()),
					responseFields(fieldWithPath("scheme").description("方案"), fieldWithPath("year").description("年度"),
							fieldWithPath("hash").description("草案全部内容（覆盖后）的 SHA-256；通过检查的草案可按此哈希启用"),
							fieldWithPath("passed").description("清单、安全检查、编译和文件夹自带的测试用例是否全部通过"),
							subsectionWithPath("rules[]").description("编译通过时的规则列表，格式同规则集详情"),
							fieldWithPath("errors[]").description("错误，逐条给出文件、行、列和说明"))
						.and(errors("errors[]."))
						.and(basedOn("basedOn"))));
	}

	@Test
	void checkUnsafeDraft() throws Exception {
		this.mvc.perform(post("/api/rulesets/hongqi365/2023/check").contentType(MediaType.APPLICATION_JSON)
			.content(fileDraft("status.drl", "insert(outcome.award(", "System.exit(0); insert(outcome.award(")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.errors[?(@.file != 'status.drl')]", hasSize(0)))
			.andExpect(jsonPath("$.errors[0].file").value("status.drl"))
			.andExpect(jsonPath("$.errors[0].line").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.errors[0].message", containsString("System")))
			.andDo(document("{method-name}"));
	}

	@Test
	void reloadRulesets() throws Exception {
		this.mvc.perform(post("/api/rulesets/reload"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.location == 'hongqi365/2023')].state").value("ACTIVE"))
			.andDo(document("{method-name}", responseFields(summary("[]."))));
	}

	@Test
	void whatIf() throws Exception {
		String draft = manifestDraft(MIN_RECORDS_50, MIN_RECORDS_50.replace("50", "60"));
		Map<String, Object> body = Map.of("scheme", "hongqi365", "year", 2023, "asOf", "2023-11-30", "districtId",
				"D-ZC", "files", this.objectMapper.readTree(draft).get("files"));
		this.mvc.perform(post("/api/what-if").contentType(MediaType.APPLICATION_JSON)
			.content(this.objectMapper.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.transitions[?(@.from == 'FIVE_STAR' && @.to == 'NOT_AWARDED')].count").exists())
			.andExpect(jsonPath("$.changes[?(@.subjectId == 'P-040')]", hasSize(0)))
			.andDo(document("{method-name}",
					relaxedRequestFields(fieldWithPath("scheme").description("方案"),
							fieldWithPath("year").description("年度"), fieldWithPath("asOf").description("评价日"),
							fieldWithPath("districtId").description("只比较这个区（可省略：全部）").optional(),
							fieldWithPath("period").type(org.springframework.restdocs.payload.JsonFieldType.STRING)
								.description("评价期间：规则集清单列出 `periods` 时必填（如 `Q1`、`YEAR`），否则不能写").optional(),
							fieldWithPath("files[]").description("草案的文件，格式同检查接口（可只给要改的文件）")),
					responseFields(fieldWithPath("scheme").description("方案"), fieldWithPath("year").description("年度"),
							fieldWithPath("asOf").description("评价日"), fieldWithPath("districtId").description("范围"),
							fieldWithPath("activeHash").description("在用规则集的哈希"),
							fieldWithPath("draftHash").description("草案的哈希"),
							fieldWithPath("period").type(org.springframework.restdocs.payload.JsonFieldType.STRING)
								.description("评价期间；规则集不分评价期间时没有这一项").optional(),
							fieldWithPath("evaluated").description("比较了多少个评价对象"),
							fieldWithPath("changes[]").description("结果有变化的评价对象"),
							fieldWithPath("changes[].subjectType").description("对象类型"),
							fieldWithPath("changes[].subjectId").description("对象编号"),
							fieldWithPath("changes[].oldStatus").description("在用规则下的状态"),
							fieldWithPath("changes[].newStatus").description("草案规则下的状态"),
							fieldWithPath("changes[].oldPoints").description("在用规则下的总分"),
							fieldWithPath("changes[].newPoints").description("草案规则下的总分"),
							fieldWithPath("changes[].pointsDelta").description("总分变化"),
							fieldWithPath("changes[].gates[]").description("结果变化了的门槛"),
							fieldWithPath("changes[].gates[].code").description("门槛编号"),
							fieldWithPath("changes[].gates[].oldPassed").description("在用规则下是否通过").optional(),
							fieldWithPath("changes[].gates[].newPassed").description("草案规则下是否通过").optional(),
							fieldWithPath("changes[].gates[].oldReason").description("在用规则下的理由").optional(),
							fieldWithPath("changes[].gates[].newReason").description("草案规则下的理由").optional(),
							fieldWithPath("changes[].firedOnlyInActive[]").description("只在在用规则下触发的规则编号"),
							fieldWithPath("changes[].firedOnlyInDraft[]").description("只在草案规则下触发的规则编号"),
							fieldWithPath("changes[].error").description("某一方评价失败时的原因").optional(),
							fieldWithPath("transitions[]").description("按状态变化计数"),
							fieldWithPath("transitions[].from").description("原状态"),
							fieldWithPath("transitions[].to").description("新状态"),
							fieldWithPath("transitions[].count").description("对象数"),
							fieldWithPath("draftTestFailures[]").description("草案与文件夹自带测试用例不符之处（提示，不阻止比较）"),
							subsectionWithPath("draftTestFailures[]").ignored(),
							fieldWithPath("comparedWith").description("与之比较的在用版本：该年度的在用版本；该年度还没有时，为该方案最近年度的在用版本"),
							fieldWithPath("comparedWith.scheme").description("方案"),
							fieldWithPath("comparedWith.year").description("年度"),
							fieldWithPath("comparedWith.hash").description("哈希"),
							fieldWithPath("requiredRulesets[]").description("清单要求（requires）的在用规则集，在用版本和草案都在其上评价；不要求时为空"),
							subsectionWithPath("requiredRulesets[]").ignored())));
	}

	@Test
	void replayEvaluation() throws Exception {
		String created = this.mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"P-014\",\"asOf\":\"2023-11-30\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = this.objectMapper.readTree(created).get("id").asText();

		this.mvc.perform(post("/api/evaluations/{id}/replay", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identical").value(true))
			.andDo(document("{method-name}",
					responseFields(fieldWithPath("evaluationId").description("重现的评价结果编号"),
							fieldWithPath("rulesetHash").description("所用规则集快照的哈希"),
							fieldWithPath("identical").description("重现结果与存档是否完全一致（编号和时间除外）"),
							fieldWithPath("status").description("存档的状态"),
							fieldWithPath("replayedStatus").description("重现得到的状态"),
							fieldWithPath("differences[]").description("不一致之处：JSON 路径、存档值、重现值"))));
	}

	/** A one-file draft: the other files, the manifest among them, are the active version's. */
	private String fileDraft(String name, String from, String to) throws IOException {
		String content = java.nio.file.Files.readString(HONGQI.resolve(name));
		assertThat(content).contains(from);
		return this.objectMapper.writeValueAsString(
				Map.of("files", List.of(Map.of("name", name, "content", content.replace(from, to)))));
	}

	/** A partial draft: only the manifest, with one value changed; the other files are the active version's. */
	private String manifestDraft(String from, String to) throws IOException {
		String manifest = java.nio.file.Files.readString(HONGQI.resolve("manifest.yaml"));
		assertThat(manifest).contains(from);
		return this.objectMapper.writeValueAsString(
				Map.of("files", List.of(Map.of("name", "manifest.yaml", "content", manifest.replace(from, to)))));
	}

	private static FieldDescriptor[] summary(String prefix) {
		return new FieldDescriptor[] { fieldWithPath(prefix + "location").description("规则集文件夹，`<方案>/<年度>`"),
				fieldWithPath(prefix + "scheme").description("方案代码").optional(),
				fieldWithPath(prefix + "year").description("年度").optional(),
				fieldWithPath(prefix + "title").description("中文标题").optional(),
				fieldWithPath(prefix + "subjectTypes").description("评价对象类型"),
				fieldWithPath(prefix + "state").description("`ACTIVE` 在用、`BROKEN` 有错误、`DRAFT` 草案"),
				fieldWithPath(prefix + "hash").description("磁盘上内容的 SHA-256"),
				fieldWithPath(prefix + "activeHash").description("正在服务的版本的哈希（有错误时可能是先前版本）").optional(),
				fieldWithPath(prefix + "ruleCount").description("规则数"),
				fieldWithPath(prefix + "errorCount").description("错误数") };
	}

	/** The active version a draft's files were laid over. */
	static FieldDescriptor[] basedOn(String path) {
		return new FieldDescriptor[] {
				fieldWithPath(path).description("草案所覆盖的在用版本：草案只给出的文件替换该版本的同名文件，其余沿用；"
						+ "该年度还没有在用版本时，为该方案最近年度的在用版本；指定文件夹时为 null").optional(),
				fieldWithPath(path + ".scheme").description("方案").optional(),
				fieldWithPath(path + ".year").description("年度").optional(),
				fieldWithPath(path + ".hash").description("哈希").optional() };
	}

	static FieldDescriptor[] errors(String prefix) {
		return new FieldDescriptor[] {
				fieldWithPath(prefix + "file").type(JsonFieldType.STRING).optional().description("出错的文件"),
				fieldWithPath(prefix + "line").type(JsonFieldType.NUMBER).optional().description("行号（不明时为 0）"),
				fieldWithPath(prefix + "column").type(JsonFieldType.NUMBER).optional().description("列号（不明时为 0）"),
				fieldWithPath(prefix + "message").type(JsonFieldType.STRING).optional().description("错误说明") };
	}

}
