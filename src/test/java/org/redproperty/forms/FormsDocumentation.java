package org.redproperty.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.ProblemFields;
import org.redproperty.facts.RevisionsDocumentation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.restdocs.headers.HeaderDocumentation.headerWithName;
import static org.springframework.restdocs.headers.HeaderDocumentation.responseHeaders;
import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.multipart;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.post;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.partWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.restdocs.request.RequestDocumentation.requestParts;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents the Excel forms on the demo data: downloading a template, uploading a filled 附件2 (the record it adds
 * is retracted again within the example, so the demo data stands alone), a refused upload, and 附件1 of a district.
 */
class FormsDocumentation extends DocumentationTest {

	private static final String COMPANY = "淄博般阳物业服务有限公司";

	@Test
	void downloadActivityTemplate() throws Exception {
		this.mvc.perform(get("/api/imports/activities.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename*=UTF-8''")))
			.andDo(document("{method-name}", responseHeaders(
					headerWithName(HttpHeaders.CONTENT_TYPE).description("`" + FormFile.XLSX + "`"),
					headerWithName(HttpHeaders.CONTENT_DISPOSITION)
						.description("下载的文件名，中文名按 RFC 5987 写在 `filename*` 中（`附件2 活动记录表.xlsx`）"))));
	}

	@Test
	void importActivityForm() throws Exception {
		byte[] file = ExcelFormsTests.activities(ExcelFormsTests.row("般河花园", LocalDate.of(2023, 9, 1), COMPANY, "消防演练",
				"全体居民参加消防演练", "安心", "活动", 3, 5, "DOC-XL-A-1", null));
		this.mvc.perform(multipart("/api/imports/activities.xlsx").file(upload(file)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created.activities").value(1))
			.andDo(document("{method-name}", requestParts(partWithName("file").description("填好的附件2 活动记录表（.xlsx）")),
					responseFields(RevisionsDocumentation.importSummary())));
		this.mvc.perform(post("/api/datasets").contentType(MediaType.APPLICATION_JSON)
			.content("{\"retract\": {\"activities\": [\"DOC-XL-A-1\"]}}"))
			.andExpect(status().isOk());
	}

	@Test
	void importInvalidActivityForm() throws Exception {
		byte[] file = ExcelFormsTests.activities(
				ExcelFormsTests.row("般河花园", "2023年13月1日", COMPANY, "消防演练", "d", "安心", "活动", 3, 5, "DOC-XL-B-1", null),
				ExcelFormsTests.row("不存在的小区", "2023/9/2", COMPANY, "便民维修", "d", "蓝心", "活动", "三", 2, "DOC-XL-B-2", null));
		this.mvc.perform(multipart("/api/imports/activities.xlsx").file(upload(file)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_FORM"))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("时间"))
			.andDo(document("{method-name}", responseFields(invalidForm())));
	}

	@Test
	void exportDistrictNominations() throws Exception {
		this.mvc.perform(get("/api/districts/{id}/nominations.xlsx?scheme=hongqi365&year=2023", "D-ZC"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, FormFile.XLSX))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("区的编号")),
					queryParameters(parameterWithName("scheme").description("评价方案，如 `hongqi365`"),
							parameterWithName("year").description("年度，如 `2023`"))));
	}

	/** The problem of a refused form: each error with its spreadsheet row and column. */
	static List<FieldDescriptor> invalidForm() {
		List<FieldDescriptor> fields = new ArrayList<>(ProblemFields.problem());
		fields.add(fieldWithPath("errors[]").type(JsonFieldType.ARRAY).description("每一处错误，全部列出，按行和列排序"));
		fields.add(fieldWithPath("errors[].row").type(JsonFieldType.NUMBER)
			.description("Excel 的行号（从 1 起，表头在第 3 行）").optional());
		fields.add(fieldWithPath("errors[].column").type(JsonFieldType.STRING).description("该列的表头文字").optional());
		fields.add(fieldWithPath("errors[].code").type(JsonFieldType.STRING).description("行错误代码（见“错误格式”中的行错误代码表）"));
		fields.add(fieldWithPath("errors[].message").type(JsonFieldType.STRING).description("中文说明，用表头文字称呼各列"));
		return fields;
	}

	private static MockMultipartFile upload(byte[] content) {
		return new MockMultipartFile("file", "附件2 活动记录表.xlsx", FormFile.XLSX, content);
	}

}
