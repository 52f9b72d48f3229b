package org.redproperty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;

/** Field descriptors of an RFC 7807 problem, shared by every error example. */
public final class ProblemFields {

	private ProblemFields() {
	}

	/** The fields every problem has. */
	public static List<FieldDescriptor> problem() {
		return new ArrayList<>(List.of(
				fieldWithPath("type").type(JsonFieldType.STRING).description("问题类型的 URI，`/problems/<code>`"),
				fieldWithPath("title").type(JsonFieldType.STRING).description("中文标题"),
				fieldWithPath("status").type(JsonFieldType.NUMBER).description("HTTP 状态码"),
				fieldWithPath("detail").type(JsonFieldType.STRING).description("中文说明：哪里错了、怎么改"),
				fieldWithPath("instance").type(JsonFieldType.STRING).description("出错的请求路径").optional(),
				fieldWithPath("code").type(JsonFieldType.STRING).description("稳定的错误代码，供程序判断")));
	}

	/** A problem with the per-row errors of a refused dataset. */
	public static List<FieldDescriptor> invalidDataset() {
		List<FieldDescriptor> fields = problem();
		fields.add(fieldWithPath("errors[]").type(JsonFieldType.ARRAY).description("逐行、逐字段的错误，全部列出"));
		fields.add(fieldWithPath("errors[].kind").type(JsonFieldType.STRING)
			.description("事实类型，即导入格式中的分组名，如 `companies`；撤回出错时为 `retract`（`field` 为所撤回的类型）")
			.optional());
		fields.add(fieldWithPath("errors[].index").type(JsonFieldType.NUMBER)
			.description("该行在分组数组中的位置（从 0 开始）")
			.optional());
		fields.add(fieldWithPath("errors[].id").type(JsonFieldType.STRING).description("该行的编号").optional());
		fields.add(fieldWithPath("errors[].field").type(JsonFieldType.STRING).description("出错的字段").optional());
		fields.add(fieldWithPath("errors[].code").type(JsonFieldType.STRING)
			.description("稳定的错误代码，如 `UNKNOWN_ENUM`、`DANGLING_REFERENCE`、`INVALID_CREDIT_CODE`"));
		fields.add(fieldWithPath("errors[].message").type(JsonFieldType.STRING).description("中文说明"));
		return fields;
	}

	/** A problem with the per-field errors of a request that fails validation. */
	public static List<FieldDescriptor> invalidRequest() {
		return withFieldErrors("逐字段的错误", "出错的字段", "校验规则，如 `NotNull`");
	}

	/** A problem with the field of a request body that could not be read as its type. */
	public static List<FieldDescriptor> invalidField() {
		return withFieldErrors("出错的字段（一个）", "字段在请求体中的路径，如 `asOf`、`files[0].name`", "与顶层 `code` 相同");
	}

	private static List<FieldDescriptor> withFieldErrors(String errors, String field, String code) {
		List<FieldDescriptor> fields = problem();
		fields.add(fieldWithPath("errors[]").type(JsonFieldType.ARRAY).description(errors));
		fields.add(fieldWithPath("errors[].field").type(JsonFieldType.STRING).description(field));
		fields.add(fieldWithPath("errors[].code").type(JsonFieldType.STRING).description(code));
		fields.add(fieldWithPath("errors[].message").type(JsonFieldType.STRING).description("中文说明"));
		return fields;
	}

}
