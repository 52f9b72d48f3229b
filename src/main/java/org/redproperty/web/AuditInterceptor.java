package org.redproperty.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.audit.AuditLog;
import org.redproperty.common.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every write to the API in the audit log once it is answered: the account, the action of its line in
 * {@link AccessRules}, the request and the status it ended with. Reads are not recorded.
 */
class AuditInterceptor implements HandlerInterceptor {

	private final AuditLog audit;

	AuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		recordWrite(this.audit, request, response.getStatus(), null);
	}

	static void recordWrite(AuditLog audit, HttpServletRequest request, int status, String outcome) {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
			return;
		}
		String action = AccessRules.of(request).map(AccessRule::action).orElse("UNKNOWN");
		String target = method + " " + request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		HttpStatus known = HttpStatus.resolve(status);
		String said = (outcome != null) ? outcome
				: (status < 400) ? "成功" : "失败：" + ((known != null) ? known.getReasonPhrase() : status);
		audit.record(Caller.name(), action, target, status, said);
	}

}
