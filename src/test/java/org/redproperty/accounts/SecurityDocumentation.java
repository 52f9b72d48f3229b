package org.redproperty.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.requestHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.patch;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.requestFields;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents signing in, the 401 and 403 answers, the accounts API and the audit log. */
class SecurityDocumentation extends DocumentationTest {

	private static final JsonFieldType S = JsonFieldType.STRING;

	@Test
	void signInWithHttpBasic() throws Exception {
		this.mvc.perform(get("/api/districts").with(signedInAs("auditor", "auditor-password")))
			.andExpect(status().isOk())
			.andDo(document("{method-name}",
					requestHeaders(headerWithName("Authorization").description("`Basic` 加 Base64 编码的 `用户名:密码`"))));
	}

	@Test
	void requestWithoutSignIn() throws Exception {
		this.mvc.perform(get("/api/districts").with(withoutSignIn()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void requestWithTooFewRights() throws Exception {
		this.mvc.perform(post("/api/rulesets/reload").with(signedInAs("auditor", "auditor-password")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void createAccount() throws Exception {
		Map<String, Object> account = Map.of("username", "zhang.san", "password", "换成一个足够长的密码", "roles",
				List.of("DATA_ENTRY", "DISTRICT_STAFF"), "districtId", "D-ZC");
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
			.content(this.objectMapper.writeValueAsString(account)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.password").doesNotExist())
			.andDo(document("{method-name}",
					requestFields(fieldWithPath("username").type(S).description("用户名：字母、数字和 `. _ -`，最多 64 个字符"),
							fieldWithPath("password").type(S).description("密码，8 到 200 个字符；只存其哈希"),
							fieldWithPath("roles").type(JsonFieldType.ARRAY)
								.description("角色，至少一个：`ADMIN`、`POLICY`、`DATA_ENTRY`、`DISTRICT_STAFF`、`AUDITOR`"),
							fieldWithPath("districtId").type(S).optional().description("限于这个区；省略则不限")),
					responseFields(account(""))));
	}

	@Test
	void listAccounts() throws Exception {
		this.mvc.perform(get("/api/users"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'tester')]").exists())
			.andDo(document("{method-name}", responseFields(account("[]."))));
	}

	@Test
	void changeAccount() throws Exception {
		this.mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"li.si\",\"password\":\"a-long-password\",\"roles\":[\"AUDITOR\"]}"))
			.andExpect(status().isCreated());
		this.mvc.perform(patch("/api/users/li.si").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"AUDITOR\",\"POLICY\"],\"enabled\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false))
			.andDo(document("{method-name}", requestFields(
					fieldWithPath("roles").type(JsonFieldType.ARRAY).optional().description("新的角色（全部替换）"),
					fieldWithPath("districtId").type(S).optional().description("限于这个区；`null` 取消限制；省略则不变"),
					fieldWithPath("enabled").type(JsonFieldType.BOOLEAN).optional().description("`false` 停用：不能再登录"),
					fieldWithPath("password").type(S).optional().description("新密码；同时解除锁定")),
					responseFields(account(""))));
	}

	@Test
	void readAuditLog() throws Exception {
		this.mvc.perform(post("/api/rulesets/reload")).andExpect(status().isOk());
		this.mvc.perform(get("/api/audit-log?action=RULESET_RELOAD&size=1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].account").value("tester"))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("account").optional().description("只列这个账户的"),
							parameterWithName("action").optional()
								.description("只列这种操作的，如 `IMPORT`、`RULESET_ACTIVATE`、`JOB_START`、`SIGN_IN_FAILED`"),
							parameterWithName("from").optional().description("从此时起（含），ISO-8601，如 `2026-12-01T00:00:00Z`"),
							parameterWithName("to").optional().description("到此时为止（不含）"),
							parameterWithName("page").optional().description("页号，从 0 开始"),
							parameterWithName("size").optional().description("每页条数，默认 50，最多 1000")),
					responseFields(fieldWithPath("content[]").type(JsonFieldType.ARRAY).description("记录，最新的在前"),
							fieldWithPath("content[].id").type(JsonFieldType.NUMBER).description("记录编号"),
							fieldWithPath("content[].recordedAt").type(S).description("时间（UTC）"),
							fieldWithPath("content[].account").type(S).optional().description("账户；命令行操作为 null"),
							fieldWithPath("content[].action").type(S).description("操作"),
							fieldWithPath("content[].target").type(S).description("请求，如 `POST /api/rulesets/reload`"),
							fieldWithPath("content[].status").type(JsonFieldType.NUMBER).description("答复的 HTTP 状态码"),
							fieldWithPath("content[].outcome").type(S).description("结果：成功，或失败的原因"),
							fieldWithPath("page").type(JsonFieldType.NUMBER).description("页号"),
							fieldWithPath("size").type(JsonFieldType.NUMBER).description("每页条数"),
							fieldWithPath("totalElements").type(JsonFieldType.NUMBER).description("符合条件的记录数"),
							fieldWithPath("totalPages").type(JsonFieldType.NUMBER).description("页数"))));
	}

	private static List<FieldDescriptor> account(String p) {
		return List.of(fieldWithPath(p + "username").type(S).description("用户名"),
				fieldWithPath(p + "roles").type(JsonFieldType.ARRAY).description("角色"),
				fieldWithPath(p + "districtId").type(S).optional().description("限于的区；null 为不限"),
				fieldWithPath(p + "enabled").type(JsonFieldType.BOOLEAN).description("能否登录"),
				fieldWithPath(p + "lockedUntil").type(S).optional().description("多次登录失败后锁定到何时；null 为未锁定"),
				fieldWithPath(p + "createdAt").type(S).description("新建时间（UTC）"));
	}

}
