package org.redproperty.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.redproperty.common.ServiceException;
import org.redproperty.evaluation.InvalidDraftException;
import org.redproperty.evaluation.EvaluationFailedException;
import org.redproperty.evaluation.RunawayRulesException;
import org.redproperty.facts.InvalidDatasetException;
import org.redproperty.ruleset.RulesetException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 7807 problem details: {@code type}, {@code title} and {@code detail} in Chinese, a stable
 * {@code code}, and for bad input an {@code errors} list with one entry per bad field or row.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidDataset(InvalidDatasetException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_DATASET", "数据集有错误", ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidDraft(InvalidDraftException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_DRAFT", "草案规则集有错误", ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	/** Every feature's own exception, by its kind; a subclass with more to say has a handler of its own. */
	@ExceptionHandler
	ProblemDetail service(ServiceException ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return problem(status, ex.code(), title(status), ex.getMessage());
	}

	/** A ruleset failure; a refused draft lists its errors with file, line and column, as a check reports them. */
	@ExceptionHandler
	ProblemDetail ruleset(RulesetException ex) {
		ProblemDetail problem = service(ex);
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail runaway(RunawayRulesException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "RUNAWAY_RULES", "规则失控", ex.getMessage());
		problem.setProperty("rule", ex.rule());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail evaluationFailed(EvaluationFailedException ex) {
		String title = switch (ex.code()) {
			case "RUNAWAY_RULES" -> "规则失控";
			case "RULES_TIMEOUT" -> "规则运行超时";
			case "RULES_OUT_OF_MEMORY" -> "规则用尽内存";
			case "NO_STATUS", "TWO_STATUSES" -> "规则集不完整";
			default -> "无法评价";
		};
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), title, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail status(ResponseStatusException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		return problem(status, status.name(), title(status), ex.getReason());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "请求有错误",
				"请求中有 " + ex.getErrorCount() + " 处错误");
		List<Map<String, Object>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.<String, Object>of("field", error.getField(), "code",
					Objects.requireNonNullElse(error.getCode(), "INVALID"), "message",
					Objects.requireNonNullElse(error.getDefaultMessage(), "")))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String cause = (ex.getMostSpecificCause() != null) ? ex.getMostSpecificCause().getMessage() : "";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "UNREADABLE_REQUEST", "请求无法读取",
					"请求体不是有效的 JSON，或某个字段的格式不对（日期应为 yyyy-MM-dd）：" + firstLine(cause)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
			HttpStatus status = HttpStatus.valueOf(statusCode.value());
			problem.setProperty("code", status.name());
			problem.setTitle(title(status));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		logger.error("处理请求时出现意外错误", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "服务内部错误",
				"服务内部出现意外错误，未作任何更改；请联系运维人员并提供发生时间");
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + code.toLowerCase().replace('_', '-')));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

	private static String title(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "未找到";
			case UNPROCESSABLE_ENTITY -> "无法处理";
			case CONFLICT -> "冲突";
			case BAD_REQUEST -> "请求有错误";
			case METHOD_NOT_ALLOWED -> "不支持的请求方法";
			case UNSUPPORTED_MEDIA_TYPE -> "不支持的内容类型";
			case NOT_ACCEPTABLE -> "无法提供所要求的格式";
			default -> status.getReasonPhrase();
		};
	}

}
