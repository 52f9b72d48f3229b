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
				.and(fieldWithPath("rules[]").description("规则，按名称排序"),
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
			.content(draft("manifest.yaml", MIN_RECORDS_50, MIN_RECORDS_50.replace("50", "60"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.errors[0].file").value("tests/boundaries.json"))
			.andDo(document("{method-name}",
					relaxedRequestFields(fieldWithPath("files[]").description("草案的全部文件"),
							fieldWithPath("files[].name")
								.description("文件名：`manifest.yaml`、`*.drl` 或 `tests/*.json`"),
							fieldWithPath("files[].content").description("文件内容")),
					responseFields(fieldWithPath("scheme").description("方案"), fieldWithPath("year").description("年度"),
							fieldWithPath("hash").description("草案内容的 SHA-256"),
							fieldWithPath("passed").description("清单、安全检查、编译和文件夹自带的测试用例是否全部通过"),
							subsectionWithPath("rules[]").description("编译通过时的规则列表，格式同规则集详情"),
							fieldWithPath("errors[]").description("错误，逐条给出文件、行、列和说明"))
						.and(errors("errors[]."))));
	}

	@Test
	void checkUnsafeDraft() throws Exception {
		this.mvc.perform(post("/api/rulesets/hongqi365/2023/check").contentType(MediaType.APPLICATION_JSON)
			.content(draft("status.drl", "insert(outcome.award(", "System.exit(0); insert(outcome.award(")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(false))
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
		String draft = draft("manifest.yaml", MIN_RECORDS_50, MIN_RECORDS_50.replace("50", "60"));
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
							fieldWithPath("files[]").description("草案的全部文件，格式同检查接口")),
					responseFields(fieldWithPath("scheme").description("方案"), fieldWithPath("year").description("年度"),
							fieldWithPath("asOf").description("评价日"), fieldWithPath("districtId").description("范围"),
							fieldWithPath("activeHash").description("在用规则集的哈希"),
							fieldWithPath("draftHash").description("草案的哈希"),
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
							subsectionWithPath("draftTestFailures[]").ignored())));
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

	/** The folder's files as a draft, with one edit of one file. */
	private String draft(String name, String from, String to) throws IOException {
		List<Map<String, String>> files = new ArrayList<>();
		for (RulesetFile file : RulesetFolders.read(HONGQI)) {
			String content = file.content();
			if (file.name().equals(name)) {
				assertThat(content).contains(from);
				content = content.replace(from, to);
			}
			files.add(Map.of("name", file.name(), "content", content));
		}
		return this.objectMapper.writeValueAsString(Map.of("files", files));
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

	private static FieldDescriptor[] errors(String prefix) {
		return new FieldDescriptor[] { fieldWithPath(prefix + "file").description("出错的文件"),
				fieldWithPath(prefix + "line").description("行号（不明时为 0）"),
				fieldWithPath(prefix + "column").description("列号（不明时为 0）"),
				fieldWithPath(prefix + "message").description("错误说明") };
	}

}
