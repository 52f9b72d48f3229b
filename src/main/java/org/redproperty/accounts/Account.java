package org.redproperty.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored account: its name, the password hash (in the form {@code {id}hash} of Spring Security's
 * {@code DelegatingPasswordEncoder}, never the password), its roles (a comma-separated list of {@link Role}
 * names), the district it is limited to (null: every district), whether it may sign in, and the count of failed
 * sign-ins since the last good one with the time a lockout ends.
 */
@Table("accounts")
record Account(@Id String username, String passwordHash, String roles, String districtId, boolean enabled,
		int failedSignIns, Instant lockedUntil, Instant createdAt) {

	Set<Role> roleSet() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(this.roles.split(",")).filter((role) -> !role.isBlank()).map(Role::valueOf).forEach(set::add);
		return set;
	}

	static String roles(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** What the accounts API shows of an account: everything but the password hash. */
	AccountView view() {
		return new AccountView(this.username, roleSet(), this.districtId, this.enabled, this.lockedUntil,
				this.createdAt);
	}

}
