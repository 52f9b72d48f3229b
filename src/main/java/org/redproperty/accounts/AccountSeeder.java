package org.redproperty.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.redproperty.facts.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * At start-up: with no account at all, an administrator {@code admin} with the password in {@code ADMIN_PASSWORD}
 * or a generated one printed once; then the accounts of {@code app.accounts.seed}, and with the demo data those of
 * {@code app.accounts.demo}, each created when missing (an existing account is never changed). Off with
 * {@code app.accounts.seed-at-start=false}, for a test of an old schema that has no accounts table.
 * <p>
 * It runs once every bean is made (the schema migrated) and before the web server opens its port, so that no request
 * can find the accounts missing: a client that waits for the port and signs in straight away is not refused.
 */
@Component
@ConditionalOnProperty(name = "app.accounts.seed-at-start", matchIfMissing = true)
class AccountSeeder implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(AccountSeeder.class);

	private final AccountService accounts;

	private final AccountProperties properties;

	private final DemoProperties demo;

	AccountSeeder(AccountService accounts, AccountProperties properties, DemoProperties demo) {
		this.accounts = accounts;
		this.properties = properties;
		this.demo = demo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.none()) {
			String given = this.properties.adminPassword();
			boolean generated = given == null || given.isBlank();
			String password = generated ? generatedPassword() : given;
			this.accounts.insert("admin", password, EnumSet.of(Role.ADMIN), null);
			if (generated) {
				logger.warn("没有任何账户，已创建管理员 admin，密码（只显示这一次）：{}", password);
			}
			else {
				logger.info("没有任何账户，已创建管理员 admin，密码取自 ADMIN_PASSWORD");
			}
		}
		create(this.properties.seed(), false);
		if (this.demo.enabled()) {
			create(this.properties.demo(), true);
		}
	}

	private void create(List<AccountProperties.Seed> seeds, boolean demo) {
		for (AccountProperties.Seed seed : seeds) {
			if (this.accounts.exists(seed.username())) {
				continue;
			}
			this.accounts.insert(seed.username(), seed.password(), seed.roles(), seed.districtId());
			if (demo) {
				logger.info("演示账户 {}（{}{}），密码：{}", seed.username(), seed.roles(),
						(seed.districtId() != null) ? "，限于 " + seed.districtId() : "", seed.password());
			}
		}
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
