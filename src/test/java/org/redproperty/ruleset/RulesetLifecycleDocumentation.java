package org.redproperty.ruleset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents activation and its history. Activation rewrites rule folders, so this class runs on a copy of
 * {@code rules/} and a database of its own (an application context apart from the other documentation classes).
 */
class RulesetLifecycleDocumentation extends DocumentationTest {

	@Value("${app.rules.dir}")
	Path rulesDir;

	@DynamicPropertySource
	static void ownRulesAndDatabase(DynamicPropertyRegistry registry) {
		String rules = RulesCopy.create().toString();
		registry.add("app.rules.dir", () -> rules);
		registry.add("app.demo.enabled", () -> "false");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:ruleset-lifecycle-documentation;MODE=MySQL;"
				+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR");
	}

	@Test
	void activateRuleset() throws Exception {
		String manifest = manifest("hongqi365/2023").replace("（2023年度）", "（2023年度，12月修订）");
		activate("hongqi365", 2023, Map.of("files", List.of(Map.of("name", "manifest.yaml", "content", manifest)),
				"activatedBy", "王五"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("API"))
			.andDo(document("{method-name}",
					pathParameters(parameterWithName("scheme").description("方案"),
							parameterWithName("year").description("年度")),
					requestFields(fieldWithPath("files[]").type(JsonFieldType.ARRAY)
						.description("草案的文件：全部，或只给要改的文件（其余沿用在用版本；该年度还没有在用版本时沿用该方案最近年度的）")
						.optional(), fieldWithPath("files[].name").type(JsonFieldType.STRING)
						.description("文件名：`manifest.yaml`、`*.drl` 或 `tests/*.json`")
						.optional(), fieldWithPath("files[].content").type(JsonFieldType.STRING)
						.description("文件内容")
						.optional(), fieldWithPath("files[].delete").type(JsonFieldType.BOOLEAN)
						.description("写 `true`（不写 `content`）则删去这个文件")
						.optional(),
							fieldWithPath("folder").type(JsonFieldType.STRING)
								.description("或者：规则目录中的一个文件夹，取其全部文件")
								.optional(),
							fieldWithPath("hash").type(JsonFieldType.STRING)
								.description("或者：通过检查的草案的哈希（检查接口答复中的 `hash`）")
								.optional(),
							fieldWithPath("activatedBy").type(JsonFieldType.STRING)
								.description("启用人；请求带有登录用户时以登录用户为准，都没有时记为“匿名”")
								.optional()),
					responseFields(activation("")).and(fieldWithPath("scheme").description("方案"),
							fieldWithPath("year").description("年度"))
						.and(RulesetDocumentation.basedOn("basedOn"))));
	}

	@Test
	void activateCheckedDraftByHash() throws Exception {
		String manifest = manifest("zhuzhou-demo/2023") + "# 2023年12月复核，内容不变\n";
		String checked = this.mvc
			.perform(post("/api/rulesets/zhuzhou-demo/2023/check").contentType(MediaType.APPLICATION_JSON)
				.content(this.objectMapper.writeValueAsString(
						Map.of("files", List.of(Map.of("name", "manifest.yaml", "content", manifest))))))
			.andExpect(jsonPath("$.passed").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String hash = this.objectMapper.readTree(checked).get("hash").asText();

		activate("zhuzhou-demo", 2023, Map.of("hash", hash, "activatedBy", "王五")).andExpect(status().isOk())
			.andExpect(jsonPath("$.hash").value(hash))
			.andDo(document("{method-name}"));
	}

	@Test
	void activateFailingDraft() throws Exception {
		String test = """
				{
				  "description": "一个什么都没有的区（故意把期望写错）",
				  "asOf": "2023-11-30",
				  "facts": {"districts": [{"id": "D1", "name": "试验区"}]},
				  "expect": [{"subjectId": "D1", "status": "TARGETS_MET"}]
				}
				""";
		activate("hongqi365", 2023,
				Map.of("files", List.of(Map.of("name", "tests/empty-district.json", "content", test))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("INVALID_DRAFT"))
			.andExpect(jsonPath("$.errors[0].message", containsString("测试用例不符")))
			.andDo(document("{method-name}", responseFields(problemWithErrors())));
	}

	@Test
	void rulesetHistory() throws Exception {
		String manifest = manifest("gold-red-property/2019") + "# 2019年评选复核\n";
		activate("gold-red-property", 2019,
				Map.of("files", List.of(Map.of("name", "manifest.yaml", "content", manifest)), "activatedBy", "王五"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/rulesets/{scheme}/{year}/history", "gold-red-property", 2019))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].source").value("API"))
			.andExpect(jsonPath("$[1].source").value("RELOAD"))
			.andDo(document("{method-name}", responseFields(activation("[]."))));
	}

	private ResultActions activate(String scheme, int year, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/rulesets/{scheme}/{year}/activate", scheme, year)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.objectMapper.writeValueAsString(body)));
	}

	private String manifest(String location) {
		return RulesetFolders.read(this.rulesDir.resolve(location))
			.stream()
			.filter((file) -> file.name().equals(RulesetFolders.MANIFEST))
			.findFirst()
			.orElseThrow()
			.content();
	}

	private static FieldDescriptor[] activation(String prefix) {
		return new FieldDescriptor[] { fieldWithPath(prefix + "hash").description("启用的内容的 SHA-256"),
				fieldWithPath(prefix + "previousHash").type(JsonFieldType.STRING)
					.description("被替换的版本的哈希（此前没有在用版本时为 null）")
					.optional(),
				fieldWithPath(prefix + "activatedBy").description("启用人；启动时加载的记为“系统”"),
				fieldWithPath(prefix + "activatedAt").description("启用时间（UTC）"),
				fieldWithPath(prefix + "source")
					.description("`API`：经本接口启用；`RELOAD`：重新加载或启动时从规则目录读到的新内容") };
	}

	private static List<FieldDescriptor> problemWithErrors() {
		List<FieldDescriptor> fields = new ArrayList<>(ProblemFields.problem());
		fields.add(fieldWithPath("errors[]").type(JsonFieldType.ARRAY).description("全部错误，格式同检查接口"));
		fields.addAll(List.of(RulesetDocumentation.errors("errors[].")));
		return fields;
	}

}
