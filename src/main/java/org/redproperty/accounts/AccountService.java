package org.redproperty.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.redproperty.common.ServiceException.Kind;
import org.redproperty.facts.District;
import org.redproperty.facts.FactStore;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and changes accounts; passwords are hashed here and nowhere else kept. */
@Service
public class AccountService {

	private final Accounts accounts;

	private final JdbcAggregateTemplate template;

	private final PasswordEncoder encoder;

	private final FactStore facts;

	private final AccountProperties properties;

	private final Clock clock;

	AccountService(Accounts accounts, JdbcAggregateTemplate template, PasswordEncoder encoder, FactStore facts,
			AccountProperties properties) {
		this.accounts = accounts;
		this.template = template;
		this.encoder = encoder;
		this.facts = facts;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public AccountView create(AccountRequest request) {
		if (this.accounts.existsById(request.username())) {
			throw new AccountException(Kind.CONFLICT, "ACCOUNT_EXISTS", "账户「" + request.username() + "」已存在");
		}
		return insert(request.username(), this.encoder.encode(request.password()), request.roles(),
				checkedDistrict(request.districtId()));
	}

	public List<AccountView> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(Account::view).toList();
	}

	@Transactional
	public AccountView change(String username, AccountChange change) {
		Account account = this.accounts.findById(username)
			.orElseThrow(() -> new AccountException(Kind.NOT_FOUND, "ACCOUNT_NOT_FOUND", "账户「" + username + "」不存在"));
		Set<Role> roles = (change.roles() != null) ? change.roles() : account.roleSet();
		String district = (change.districtId() != null) ? checkedDistrict(change.districtId().orElse(null))
				: account.districtId();
		boolean enabled = (change.enabled() != null) ? change.enabled() : account.enabled();
		String hash = (change.password() != null) ? this.encoder.encode(change.password()) : account.passwordHash();
		boolean newPassword = change.password() != null;
		return this.template.update(new Account(username, hash, Account.roles(roles), district, enabled,
				newPassword ? 0 : account.failedSignIns(), newPassword ? null : account.lockedUntil(),
				account.createdAt()))
			.view();
	}

	/** Whether any account exists: on first start there is none. */
	boolean none() {
		return this.accounts.count() == 0;
	}

	boolean exists(String username) {
		return this.accounts.existsById(username);
	}

	/** Creates an account whose password may already be encoded as {@code {id}…}. */
	@Transactional
	public AccountView insert(String username, String password, Set<Role> roles, String districtId) {
		String hash = password.startsWith("{") ? password : this.encoder.encode(password);
		Account account = new Account(username, hash, Account.roles(EnumSet.copyOf(roles)), blankToNull(districtId),
				true, 0, null, this.clock.instant());
		return this.template.insert(account).view();
	}

	/** A failed sign-in with that name; true when it locked the account. */
	@Transactional
	public boolean failedSignIn(String username) {
		Instant until = this.clock.instant().plus(this.properties.lockFor());
		this.accounts.countFailure(username, this.properties.maxFailedSignIns(), until);
		return this.accounts.findById(username).map((account) -> account.lockedAt(this.clock.instant())).orElse(false);
	}

	@Transactional
	public void signedIn(String username) {
		this.accounts.resetFailures(username);
	}

	private String checkedDistrict(String districtId) {
		String id = blankToNull(districtId);
		if (id != null && this.facts.find(District.class, id).isEmpty()) {
			throw new AccountException(Kind.UNPROCESSABLE, "UNKNOWN_DISTRICT", "区「" + id + "」不存在，账户不能限于该区");
		}
		return id;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
