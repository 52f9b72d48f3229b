package org.redproperty.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.redproperty.common.StorableDates;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What was wrong with a request body Jackson refused, said in Chinese with a stable code and the field it is in;
 * never Jackson's own English, which names Java classes.
 */
final class JsonMistakes {

	private JsonMistakes() {
	}

	static ProblemDetail problem(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof MismatchedInputException mismatch) {
			return mismatch(mismatch);
		}
		if (cause instanceof JsonMappingException mapping) {
			String field = field(mapping.getPath());
			return field.isEmpty() ? ProblemHandler.problem(ErrorCode.INVALID_FIELD_VALUE, "请求体的内容无法使用")
					: withField(ErrorCode.INVALID_FIELD_VALUE, field, "字段「" + field + "」的值无法使用");
		}
		if (cause instanceof StreamReadException read && read.getProcessor() != null
				&& read.getOriginalMessage().startsWith("Duplicate field")) {
			String field = pointer(read.getProcessor().getParsingContext().pathAsPointer().toString());
			return withField(ErrorCode.DUPLICATE_KEY, field, "键「" + field + "」在同一个 JSON 对象中出现了两次" + at(read.getLocation()));
		}
		if (cause instanceof StreamReadException read && afterDocument(read)) {
			return trailing(read.getLocation());
		}
		if (cause instanceof JsonProcessingException syntax) {
			return ProblemHandler.problem(ErrorCode.UNREADABLE_REQUEST,
					"请求体不是有效的 JSON" + at(syntax.getLocation()) + "：请检查引号、逗号和括号");
		}
		return ProblemHandler.problem(ErrorCode.UNREADABLE_REQUEST, "缺少请求体，或请求体无法读取：请求体应为一个 JSON 对象");
	}

	private static ProblemDetail mismatch(MismatchedInputException ex) {
		if (ex.getOriginalMessage().contains("FAIL_ON_TRAILING_TOKENS")) {
			return trailing(ex.getLocation());
		}
		String field = field(ex.getPath());
		String expected = expected(ex.getTargetType());
		if (field.isEmpty()) {
			return ProblemHandler.problem(ErrorCode.UNREADABLE_REQUEST, "请求体应为" + expected);
		}
		if (ex instanceof InvalidFormatException format
				&& (format.getValue() instanceof String || Number.class.isAssignableFrom(boxed(ex.getTargetType())))) {
			return withField(ErrorCode.INVALID_FIELD_VALUE, field,
					"字段「" + field + "」的值 " + format.getValue() + " 不是" + expected);
		}
		return withField(ErrorCode.INVALID_FIELD_TYPE, field, "字段「" + field + "」应为" + expected + "，不能是别的类型");
	}

	/**
	 * Whether the parser failed after a whole document: at the top level, on a second value, or on a closing
	 * bracket that closes nothing.
	 */
	private static boolean afterDocument(StreamReadException ex) {
		if (ex.getProcessor() == null || !ex.getProcessor().getParsingContext().inRoot()) {
			return false;
		}
		return ex.getProcessor().getParsingContext().getCurrentIndex() > 0
				|| (ex.getOriginalMessage().startsWith("Unexpected close marker") && (ex.getLocation().getLineNr() > 1 || ex.getLocation().getColumnNr() > 1));
	}

	private static Class<?> boxed(Class<?> type) {
		return (type == int.class || type == long.class) ? Long.class : (type != null) ? type : Object.class;
	}

	/** A second document, or anything else after the first one ends. */
	private static ProblemDetail trailing(JsonLocation location) {
		return ProblemHandler.problem(ErrorCode.TRAILING_CONTENT,
				"JSON 文档结束后还有内容" + at(location) + "：请求体只能是一个 JSON 文档");
	}

	private static ProblemDetail withField(ErrorCode code, String field, String message) {
		ProblemDetail problem = ProblemHandler.problem(code, message);
		problem.setProperty("errors", List.of(Map.of("field", field, "code", code.name(), "message", message)));
		return problem;
	}

	/** {@code files[0].name}: the path of the field in the request body. */
	private static String field(List<JsonMappingException.Reference> path) {
		return path.stream()
			.map((ref) -> (ref.getFieldName() != null) ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	/** {@code /files/0/name} as {@code files[0].name}. */
	private static String pointer(String pointer) {
		return pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replaceFirst("^\\.", "");
	}

	/** What a value of that type looks like, in words. */
	static String expected(Class<?> type) {
		if (type == null) {
			return "合适类型的值";
		}
		if (type == LocalDate.class) {
			return " yyyy-MM-dd 格式、在 " + StorableDates.range() + " 之间的日期文本";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "整数";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
			return "数字";
		}
		if (type == Boolean.class || type == boolean.class) {
			return " true 或 false";
		}
		if (type == String.class) {
			return "文本";
		}
		if (type.isEnum()) {
			return "以下取值之一：" + List.of(type.getEnumConstants());
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "数组";
		}
		return " JSON 对象";
	}

	private static String at(JsonLocation location) {
		return (location == null || location.getLineNr() < 1) ? ""
				: "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
	}

}
