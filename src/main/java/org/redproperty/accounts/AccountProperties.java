package org.redproperty.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts ({@code app.accounts.*}): the first administrator's password ({@code ADMIN_PASSWORD}; empty: one is
 * generated and printed once), how many failed sign-ins in a row lock an account and for how long, accounts
 * created at start-up when missing ({@code seed}), and the demo's accounts, created only with the demo data.
 */
@ConfigurationProperties("app.accounts")
public record AccountProperties(String adminPassword, @DefaultValue("5") int maxFailedSignIns,
		@DefaultValue("15m") Duration lockFor, @DefaultValue List<Seed> seed, @DefaultValue List<Seed> demo) {

	/**
	 * An account to create when missing. The password is given in clear, or already encoded as {@code {id}…}
	 * (e.g. {@code {noop}…} for tests, where hashing at every request would only cost time).
	 */
	public record Seed(String username, String password, Set<Role> roles, String districtId) {
	}

}
