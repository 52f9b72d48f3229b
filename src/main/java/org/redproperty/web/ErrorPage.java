package org.redproperty.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, in place of Spring Boot's: what failed before or outside a controller (a filter, the servlet
 * container) is answered as problem details in Chinese with a code of {@link ErrorCode}, like every other error.
 * Asked for directly, {@code /error} is an unknown path. A browser asking for a page (not {@code /api}) gets the same
 * in the pages' error page.
 */
@RestController
class ErrorPage implements ErrorController {

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	Object errorPage(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ResponseEntity<ProblemDetail> problem = error(request);
		if (uri instanceof String path && path.startsWith("/api/")) {
			return problem;
		}
		ProblemDetail detail = problem.getBody();
		ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(detail.getStatus()));
		page.addObject("status", detail.getStatus());
		page.addObject("code", detail.getProperties() != null ? detail.getProperties().get("code") : null);
		page.addObject("message", detail.getDetail());
		return page;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		ProblemDetail problem;
		if (status instanceof Integer value && value >= 400) {
			HttpStatus known = HttpStatus.resolve(value);
			ErrorCode code = ErrorCode.forStatus((known != null) ? known : HttpStatus.INTERNAL_SERVER_ERROR);
			problem = ProblemHandler.problem(code, code.meaning());
			problem.setStatus(value);
		}
		else {
			problem = ProblemHandler.problem(ErrorCode.NOT_FOUND, "地址「" + request.getRequestURI() + "」不存在");
		}
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
