package org.redproperty.web;

import java.util.EnumSet;
import java.util.Set;

import org.redproperty.accounts.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One line of the role table: requests (a method, or any with null, and a path pattern), what they do in Chinese,
 * the audit action their writes are recorded as, and who may make them: anyone ({@code open}), every signed-in
 * account (no roles), or the accounts holding one of the roles.
 */
public record AccessRule(HttpMethod method, String pattern, String what, String action, boolean open,
		Set<Role> roles) {

	static AccessRule open(String pattern, String what) {
		return new AccessRule(HttpMethod.GET, pattern, what, null, true, Set.of());
	}

	static AccessRule read(String pattern, String what, Role... roles) {
		return new AccessRule(HttpMethod.GET, pattern, what, null, false, set(roles));
	}

	static AccessRule write(HttpMethod method, String pattern, String action, String what, Role... roles) {
		return new AccessRule(method, pattern, what, action, false, set(roles));
	}

	/** Whether every signed-in account may make these requests. */
	public boolean anySignedIn() {
		return !this.open && this.roles.isEmpty();
	}

	/** Whether an account with those roles may make these requests. */
	public boolean allows(Set<Role> held) {
		return this.open || this.roles.isEmpty() || this.roles.stream().anyMatch(held::contains);
	}

	RequestMatcher matcher() {
		return PathPatternRequestMatcher.withDefaults().matcher(this.method, this.pattern);
	}

	private static Set<Role> set(Role... roles) {
		return (roles.length == 0) ? Set.of() : EnumSet.of(roles[0], roles);
	}

}
