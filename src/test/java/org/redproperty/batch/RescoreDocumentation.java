package org.redproperty.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.redproperty.DiffFields;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents batch re-scoring: queue a job, follow it, its results, changes, reports, resume, cancel and refusals. */
class RescoreDocumentation extends DocumentationTest {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	@Autowired
	private RescoreService service;

	@Test
	void startRescoreJob() throws Exception {
		String body = this.mvc.perform(post("/api/rescore-jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"scheme":"hongqi365","year":2023,"asOf":"2023-11-29","districtId":"D-ZC"}"""))
			.andExpect(status().isAccepted())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andDo(document("{method-name}",
					requestFields(fieldWithPath("scheme").type(S).description("评价方案，如 `hongqi365`"),
							fieldWithPath("year").type(N).description("年度"),
							fieldWithPath("asOf").type(S).description("评价日（yyyy-MM-dd）"),
							fieldWithPath("districtId").type(S).optional().description("只重评这个区；不填则重评全部区"),
							fieldWithPath("period").type(S).optional()
								.description("评价期间：规则集清单列出 `periods` 时必填（如 `Q1`、`YEAR`），否则不能写")),
					responseHeaders(headerWithName(HttpHeaders.LOCATION).description("任务的地址")),
					responseFields(fieldWithPath("id").type(S).description("任务编号"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		waitFor(this.objectMapper.readTree(body).get("id").asText());
	}

	@Test
	void showRescoreJob() throws Exception {
		RescoreJob job = run("2023-11-30");
		this.mvc.perform(get("/api/rescore-jobs/{id}", job.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUCCEEDED"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					responseFields(job(""))));
	}

	@Test
	void listRescoreResults() throws Exception {
		run("2023-11-30");
		RescoreJob job = run("2023-12-31");
		this.mvc.perform(get("/api/rescore-jobs/{id}/results?changed=true&page=0&size=3", job.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].changed").value(true))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					queryParameters(parameterWithName("status").optional().description("只列出这一状态的对象"),
							parameterWithName("changed").optional()
								.description("`true` 只列出与上次任务相比状态有变化的对象，`false` 只列出没有变化的"),
							parameterWithName("page").optional().description("页码，从 0 开始"),
							parameterWithName("size").optional().description("每页条数，默认 50，最多 1000")),
					responseFields(results())));
	}

	@Test
	void listRescoreChanges() throws Exception {
		run("2023-11-30");
		RescoreJob job = run("2023-12-31");
		this.mvc.perform(get("/api/rescore-jobs/{id}/changes?page=0&size=3", job.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[?(@.subjectId == 'P-013')].status").value("DISQUALIFIED"))
			.andExpect(jsonPath("$.changes[?(@.subjectId == 'P-013')].causes[0]").value("AS_OF"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					queryParameters(parameterWithName("page").optional().description("页码，从 0 开始"),
							parameterWithName("size").optional().description("每页条数，默认 50，最多 200")),
					responseFields(changes())));
	}

	@Test
	void downloadRescoreReportCsv() throws Exception {
		RescoreJob job = run("2023-11-30");
		this.mvc.perform(get("/api/rescore-jobs/{id}/report.csv", job.id()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					responseHeaders(headerWithName(HttpHeaders.CONTENT_DISPOSITION).description("下载的文件名"))));
	}

	@Test
	void downloadRescoreReportXlsx() throws Exception {
		RescoreJob job = run("2023-11-30");
		byte[] xlsx = this.mvc.perform(get("/api/rescore-jobs/{id}/report.xlsx", job.id()))
			.andExpect(status().isOk())
			.andDo(document("{method-name}", (operation) -> {
			}))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
	}

	@Test
	void resumeSucceededRescoreJob() throws Exception {
		RescoreJob job = run("2023-11-30");
		this.mvc.perform(post("/api/rescore-jobs/{id}/resume", job.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("RESCORE_JOB_NOT_RESUMABLE"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					responseFields(ProblemFields.problem())));
	}

	@Test
	void cancelRescoreJob() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		RescoreJob job = this.service.start(new RescoreRequest("hongqi365", 2023, LocalDate.parse("2023-11-30"), null),
				(id, district, done, total) -> {
					running.countDown();
					try {
						release.await(60, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}, true);
		assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
		try {
			this.mvc.perform(post("/api/rescore-jobs/{id}/cancel", job.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.state").value("CANCELLED"))
				.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
						responseFields(job(""))));
		}
		finally {
			release.countDown();
		}
		waitFor(job.id());
	}

	@Test
	void publishRescoreJob() throws Exception {
		RescoreJob job = run("2023-11-29");
		this.mvc.perform(post("/api/rescore-jobs/{id}/publish", job.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publication.granted").isNumber())
			.andExpect(jsonPath("$.publication.revision").isNumber())
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("任务编号")),
					responseFields(job(""))));
		this.mvc.perform(get("/api/rescore-jobs/{id}/results?status=FIVE_STAR&size=2", job.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].published.at").isString())
			.andDo(document("list-published-rescore-results", responseFields(results())));
	}

	@Test
	void publishUnknownRescoreJob() throws Exception {
		this.mvc.perform(post("/api/rescore-jobs/{id}/publish", "no-such-job"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("RESCORE_JOB_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void cancelSucceededRescoreJob() throws Exception {
		RescoreJob job = run("2023-11-30");
		this.mvc.perform(post("/api/rescore-jobs/{id}/cancel", job.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("RESCORE_JOB_NOT_CANCELLABLE"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	@Test
	void startRescoreJobForUnknownRuleset() throws Exception {
		this.mvc.perform(post("/api/rescore-jobs").contentType(MediaType.APPLICATION_JSON).content("""
				{"scheme":"hongqi365","year":2031,"asOf":"2031-11-30"}"""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("RULESET_NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	private RescoreJob run(String asOf) {
		return this.service.start(new RescoreRequest("hongqi365", 2023, LocalDate.parse(asOf), "D-ZC"),
				RescoreListener.NONE, false);
	}

	private void waitFor(String id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!this.service.find(id).state().ended() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private static List<FieldDescriptor> job(String p) {
		List<FieldDescriptor> fields = new java.util.ArrayList<>(List.of(fieldWithPath(p + "id").type(S).description("任务编号"),
				fieldWithPath(p + "scheme").type(S).description("评价方案"), fieldWithPath(p + "year").type(N).description("年度"),
				fieldWithPath(p + "asOf").type(S).description("评价日"),
				fieldWithPath(p + "districtId").type(S).optional().description("范围：区编号；null 表示全部区"),
				fieldWithPath(p + "period").type(S).optional().description("评价期间（如 `Q1`、`YEAR`）；规则集不分评价期间时没有这一项"),
				fieldWithPath(p + "state").type(S)
					.description("`QUEUED` 排队、`RUNNING` 运行中、`SUCCEEDED` 成功、`FAILED` 失败、`CANCELLED` 已取消（已写入的结果保留）"),
				fieldWithPath(p + "total").type(N).description("范围内要评价的对象数"),
				fieldWithPath(p + "done").type(N).description("已评价并写入结果的对象数（不含失败的）"),
				fieldWithPath(p + "failed").type(N)
					.description("评价失败的对象数（如规则失控 `RUNAWAY_RULES`、超时 `RULES_TIMEOUT`），任务照常继续；任务成功结束时 `total` = `done` + `failed`"),
				fieldWithPath(p + "createdAt").type(S).description("提交时间（UTC）"),
				fieldWithPath(p + "startedAt").type(S).optional().description("开始时间"),
				fieldWithPath(p + "finishedAt").type(S).optional().description("结束时间"),
				fieldWithPath(p + "ruleset.scheme").type(S).description("所用规则集的方案"),
				fieldWithPath(p + "ruleset.year").type(N).description("所用规则集的年度"),
				fieldWithPath(p + "ruleset.hash").type(S).description("所用规则集版本（提交时在用的版本，继续运行时不变）"),
				fieldWithPath(p + "previousJobId").type(S).optional().description("用来比较变化的上一次成功任务（同方案、年度和范围）"),
				fieldWithPath(p + "error").type(S).optional().description("任务失败的原因"),
				fieldWithPath(p + "requestedBy").type(S).optional().description("提交任务的账户；命令行提交时为 null"),
				fieldWithPath(p + "publication").type(JsonFieldType.OBJECT).optional()
					.description("任务结果的发布（公示后发布为称号）；未发布时没有这一项")));
		fields.addAll(publication(p + "publication."));
		return fields;
	}

	private static List<FieldDescriptor> publication(String p) {
		return List.of(fieldWithPath(p + "at").type(S).optional().description("发布时间（UTC）；授予日期是这一天（北京时间）"),
				fieldWithPath(p + "by").type(S).optional().description("发布的账户"),
				fieldWithPath(p + "revision").type(N).optional()
					.description("记录这些称号的事实修订版本；没有授予或撤销任何称号时为 null"),
				fieldWithPath(p + "granted").type(N).optional().description("授予的称号数（持有者已有的同一称号不再授予）"),
				fieldWithPath(p + "revoked").type(N).optional().description("撤销的称号数"));
	}

	private static List<FieldDescriptor> results() {
		String p = "content[].";
		List<FieldDescriptor> fields = new java.util.ArrayList<>(publication(p + "published."));
		fields.addAll(List.of(fieldWithPath("content[]").type(JsonFieldType.ARRAY).description("本页的结果，按区、对象类型（项目、街道、社区、区、企业）、编号排列"),
				fieldWithPath(p + "districtId").type(S).description("所在的区（一个区的对象在同一次评价中算出）"),
				fieldWithPath(p + "subjectType").type(S).description("对象类型"),
				fieldWithPath(p + "subjectId").type(S).description("对象编号"),
				fieldWithPath(p + "status").type(S).optional().description("评价结果状态；评价失败时为 null"),
				fieldWithPath(p + "totalPoints").type(N).optional().description("总分"),
				fieldWithPath(p + "rank").type(N).optional().description("名次（规则集排名时）"),
				fieldWithPath(p + "previousStatus").type(S).optional().description("上一次成功任务中的状态"),
				fieldWithPath(p + "changed").type(JsonFieldType.BOOLEAN).description("状态是否与上一次任务不同"),
				fieldWithPath(p + "evaluationId").type(S).optional().description("已存的完整评价结果（含每一项得分、门槛、依据和条款）"),
				fieldWithPath(p + "error").type(JsonFieldType.OBJECT).optional().description("评价失败时的错误"),
				fieldWithPath(p + "error.code").type(S).optional().description("稳定的错误代码，如 `RUNAWAY_RULES`、`RULES_TIMEOUT`"),
				fieldWithPath(p + "error.message").type(S).optional().description("中文说明"),
				fieldWithPath(p + "published").type(JsonFieldType.OBJECT).optional()
					.description("任务已发布时，其发布（同任务的 `publication`）；未发布时没有这一项"),
				fieldWithPath("page").type(N).description("页码"), fieldWithPath("size").type(N).description("每页条数"),
				fieldWithPath("totalElements").type(N).description("符合条件的结果总数"),
				fieldWithPath("totalPages").type(N).description("总页数")));
		return fields;
	}

	private static List<FieldDescriptor> changes() {
		String p = "changes[].";
		List<FieldDescriptor> own = List.of(fieldWithPath("jobId").type(S).description("本次任务"),
				fieldWithPath("previousJobId").type(S).optional().description("比较的上一次任务"),
				fieldWithPath("changes[]").type(JsonFieldType.ARRAY).description("状态有变化的对象"),
				fieldWithPath(p + "districtId").type(S).description("所在的区"),
				fieldWithPath(p + "subjectType").type(S).description("对象类型"),
				fieldWithPath(p + "subjectId").type(S).description("对象编号"),
				fieldWithPath(p + "previousStatus").type(S).optional().description("上次的状态"),
				fieldWithPath(p + "status").type(S).optional().description("本次的状态"),
				fieldWithPath(p + "previousPoints").type(N).optional().description("上次的总分"),
				fieldWithPath(p + "totalPoints").type(N).optional().description("本次的总分"),
				fieldWithPath(p + "gates[]").type(JsonFieldType.ARRAY).description("结果有变化的门槛"),
				fieldWithPath(p + "gates[].code").type(S).optional().description("门槛规则编号"),
				fieldWithPath(p + "gates[].oldPassed").type(JsonFieldType.BOOLEAN).optional().description("上次是否通过"),
				fieldWithPath(p + "gates[].newPassed").type(JsonFieldType.BOOLEAN).optional().description("本次是否通过"),
				fieldWithPath(p + "gates[].oldReason").type(S).optional().description("上次的中文理由"),
				fieldWithPath(p + "gates[].newReason").type(S).optional().description("本次的中文理由"),
				fieldWithPath(p + "firedOnlyBefore[]").type(JsonFieldType.ARRAY).description("只在上次触发的规则编号"),
				fieldWithPath(p + "firedOnlyNow[]").type(JsonFieldType.ARRAY).description("只在本次触发的规则编号"),
				fieldWithPath(p + "reason").type(S).description("一句话的中文原因"),
				fieldWithPath(p + "evaluationId").type(S).optional().description("本次的完整评价结果"),
				fieldWithPath(p + "previousEvaluationId").type(S).optional().description("上次的完整评价结果"));
		List<FieldDescriptor> fields = new ArrayList<>(own);
		fields.addAll(DiffFields.change(p));
		fields.add(fieldWithPath(p + "causeReason").type(S).optional()
			.description("状态变化的原因（与两次评价的差异 `GET /api/evaluations/<id>/diff` 中状态一项的 `reason` 相同）；无法比较时为 null"));
		fields.addAll(List.of(fieldWithPath("page").type(N).description("页码"), fieldWithPath("size").type(N).description("每页条数"),
				fieldWithPath("totalElements").type(N).description("状态有变化的对象总数"),
				fieldWithPath("totalPages").type(N).description("总页数")));
		return fields;
	}

}
