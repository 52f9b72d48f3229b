package org.redproperty.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.redproperty.common.ServiceException;
import org.redproperty.evaluation.EvaluationFailedException;
import org.redproperty.evaluation.InvalidDraftException;
import org.redproperty.evaluation.RunawayRulesException;
import org.redproperty.evaluation.StoredResultDamagedException;
import org.redproperty.facts.InvalidDatasetException;
import org.redproperty.forms.InvalidFormException;
import org.redproperty.ruleset.RulesetException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as RFC 7807 problem details: {@code type}, {@code title} and {@code detail} in Chinese, a stable
 * {@code code} of {@link ErrorCode}, and for bad input an {@code errors} list with one entry per bad field or row.
 * What Spring MVC answers by itself (unknown path, wrong method or content type, unreadable body, bad parameter)
 * is said in Chinese too, never in Spring's or Jackson's English, which names Java classes.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidDataset(InvalidDatasetException ex) {
		ProblemDetail problem = problem(ErrorCode.INVALID_DATASET, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidForm(InvalidFormException ex) {
		ProblemDetail problem = problem(ErrorCode.INVALID_FORM, ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidDraft(InvalidDraftException ex) {
		ProblemDetail problem = problem(ErrorCode.INVALID_DRAFT, ex.getMessage());
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
		ErrorCode code = ErrorCode.byName(ex.code());
		String title = (code != null) ? code.title() : ErrorCode.forStatus(status).title();
		return problem(status, ex.code(), title, ex.getMessage());
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
		ProblemDetail problem = problem(ErrorCode.RUNAWAY_RULES, ex.getMessage());
		problem.setProperty("rule", ex.rule());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail evaluationFailed(EvaluationFailedException ex) {
		ErrorCode code = Objects.requireNonNullElse(ErrorCode.byName(ex.code()), ErrorCode.EVALUATION_FAILED);
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), code.title(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail storedResultDamaged(StoredResultDamagedException ex) {
		logger.error("已存的评价结果损坏", ex);
		ProblemDetail problem = problem(ErrorCode.STORED_RESULT_DAMAGED, ex.getMessage());
		problem.setProperty("evaluationId", ex.evaluationId());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail status(ResponseStatusException ex) {
		ErrorCode code = ErrorCode.forStatus(HttpStatus.valueOf(ex.getStatusCode().value()));
		return problem(code, Objects.requireNonNullElse(ex.getReason(), code.meaning()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(ErrorCode.INVALID_REQUEST, "请求中有 " + ex.getErrorCount() + " 处错误");
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
		ProblemDetail problem = BodySizeLimit.exceeded(ex) ? problem(ErrorCode.PAYLOAD_TOO_LARGE,
				ErrorCode.PAYLOAD_TOO_LARGE.meaning()) : JsonMistakes.problem(ex);
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (!(body instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().containsKey("code"))) {
			ErrorCode code = code(ex, statusCode);
			body = problem(code, statusCode, detail(ex, code));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		logger.error("处理请求时出现意外错误", ex);
		return problem(ErrorCode.INTERNAL_ERROR, "服务内部出现意外错误，未作任何更改；请联系运维人员并提供发生时间");
	}

	private static ErrorCode code(Exception ex, HttpStatusCode status) {
		if (ex instanceof TypeMismatchException) {
			return ErrorCode.INVALID_PARAMETER;
		}
		if (ex instanceof MissingServletRequestParameterException) {
			return ErrorCode.MISSING_PARAMETER;
		}
		return ErrorCode.forStatus(HttpStatus.valueOf(status.value()));
	}

	/** What Spring MVC refused by itself, in Chinese. */
	private static String detail(Exception ex, ErrorCode code) {
		if (ex instanceof NoResourceFoundException missing) {
			return "地址「/" + missing.getResourcePath() + "」不存在";
		}
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			return "这个地址不支持 " + method.getMethod() + " 请求，可用的方法："
					+ Objects.requireNonNullElse(method.getSupportedHttpMethods(), List.of());
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			boolean upload = media.getSupportedMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
			return "不支持请求体的内容类型「" + media.getContentType() + "」，请求体应为 "
					+ (upload ? "multipart/form-data（文件放在部分「file」中）" : "application/json");
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return "缺少上传的文件（multipart 部分「" + missing.getRequestPartName() + "」）";
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return "参数「" + mismatch.getName() + "」的值「" + mismatch.getValue() + "」不是"
					+ JsonMistakes.expected(mismatch.getRequiredType());
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "缺少必填的查询参数「" + missing.getParameterName() + "」";
		}
		return code.meaning();
	}

	static ProblemDetail problem(ErrorCode code, String detail) {
		return problem(code, code.status(), detail);
	}

	private static ProblemDetail problem(ErrorCode code, HttpStatusCode status, String detail) {
		return problem(status, code.name(), code.title(), detail);
	}

	private static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + code.toLowerCase().replace('_', '-')));
		problem.setTitle(title);
		problem.setProperty("code", code);
		return problem;
	}

}
