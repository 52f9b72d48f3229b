package org.redproperty.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.audit.AuditLog;
import org.redproperty.common.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers to a request without a valid sign-in ({@code 401}) or without the role it needs ({@code 403}),
 * as problem details in Chinese with stable codes, like every other error. A refused write is recorded in the
 * audit log.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper objectMapper;

	private final AuditLog audit;

	SecurityProblems(ObjectMapper objectMapper, AuditLog audit) {
		this.objectMapper = objectMapper;
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		ProblemDetail problem;
		if (ex instanceof LockedException) {
			problem = ProblemHandler.problem(ErrorCode.ACCOUNT_LOCKED,
					"连续多次登录失败，账户暂时锁定；请稍后再试，或请管理员重设密码");
		}
		else if (ex instanceof DisabledException) {
			problem = ProblemHandler.problem(ErrorCode.ACCOUNT_DISABLED,
					"该账户已停用，请联系管理员");
		}
		else if (ex instanceof BadCredentialsException) {
			problem = ProblemHandler.problem(ErrorCode.BAD_CREDENTIALS, "用户名或密码不对");
		}
		else {
			problem = ProblemHandler.problem(ErrorCode.UNAUTHENTICATED,
					"请先登录：API 使用 HTTP Basic，例如 curl -u 用户名:密码 …");
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"red-property\"");
		write(this.objectMapper, response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String needed = AccessRules.of(request)
			.map((rule) -> rule.roles().isEmpty() ? "无人可用" : "需要以下角色之一：" + rule.roles())
			.orElse("没有对应的规则");
		ProblemDetail problem = ProblemHandler.problem(ErrorCode.FORBIDDEN,
				"账户「" + Caller.name() + "」无权执行此操作；" + needed);
		AuditInterceptor.recordWrite(this.audit, request, HttpStatus.FORBIDDEN.value(), "无权操作");
		write(this.objectMapper, response, problem);
	}

	/** Writes problem details from a filter, where no exception handler is at hand. */
	static void write(ObjectMapper objectMapper, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
