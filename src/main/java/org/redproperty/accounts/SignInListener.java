package org.redproperty.accounts;

import org.redproperty.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins: each is logged and recorded in the audit log, and a wrong password counts towards the lockout
 * ({@code app.accounts.max-failed-sign-ins}, {@code lock-for}); a good sign-in resets the count.
 */
@Component
class SignInListener {

	private static final Logger logger = LoggerFactory.getLogger(SignInListener.class);

	private final AccountService accounts;

	private final AuditLog audit;

	SignInListener(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		boolean locked = (event instanceof AuthenticationFailureBadCredentialsEvent)
				&& this.accounts.failedSignIn(username);
		String outcome = switch (event.getException().getClass().getSimpleName()) {
			case "LockedException" -> "账户已锁定";
			case "DisabledException" -> "账户已停用";
			default -> locked ? "用户名或密码不对，账户因多次失败已锁定" : "用户名或密码不对";
		};
		logger.warn("登录失败：{}，{}", username, outcome);
		this.audit.record(username, "SIGN_IN_FAILED", "sign-in", 401, outcome);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.signedIn(event.getAuthentication().getName());
	}

}
