package org.redproperty.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Spring Boot's: what failed before or outside a controller (a filter, the servlet
 * container) is answered as problem details in Chinese with a code of {@link ErrorCode}, like every other error.
 * Asked for directly, {@code /error} is an unknown path.
 */
@RestController
class ErrorPage implements ErrorController {

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
