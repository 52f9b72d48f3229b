package org.redproperty.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.redproperty.common.Caller;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The stored accounts for Spring Security: each role as {@code ROLE_<name>}, a district limit as
 * {@code DISTRICT_<id>} (read by {@link Caller}), disabled and locked accounts as such.
 */
@Component
class AccountDetails implements UserDetailsService {

	private final Accounts accounts;

	private final Clock clock = Clock.systemUTC();

	AccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findById(username)
			.orElseThrow(() -> new UsernameNotFoundException("no account " + username));
		List<GrantedAuthority> authorities = new ArrayList<>();
		account.roleSet().forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		if (account.districtId() != null) {
			authorities.add(new SimpleGrantedAuthority(Caller.DISTRICT_AUTHORITY + account.districtId()));
		}
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities)
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(this.clock.instant()))
			.build();
	}

}
