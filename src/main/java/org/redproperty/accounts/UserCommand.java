package org.redproperty.accounts;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.redproperty.audit.AuditLog;
import org.redproperty.cli.CliCommand;
import org.redproperty.cli.Options;

import org.springframework.stereotype.Component;

/**
 * {@code user add --username <name> --role <ROLE[,ROLE…]> [--district <id>]}: creates an account, reading its
 * password from the first line of standard input, so that it appears neither in the shell's history nor in the
 * process list.
 */
@Component
class UserCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("--username", "--role", "--district");

	private final AccountService accounts;

	private final AuditLog audit;

	UserCommand(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "user";
	}

	@Override
	public String usage() {
		return "add --username <用户名> --role <角色[,角色…]> [--district <区编号>]  新建账户，密码从标准输入读取";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.isEmpty() || !args.get(0).equals("add")) {
			throw new IllegalArgumentException("只支持 user add");
		}
		Options options = Options.parse(args.subList(1, args.size()), OPTIONS, Set.of());
		String username = options.required("--username");
		Set<Role> roles = options.as("--role", UserCommand::roles, null);
		if (roles == null) {
			throw new IllegalArgumentException("缺少选项 --role");
		}
		String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (password == null || password.isBlank()) {
			throw new IllegalArgumentException("请从标准输入给出密码，例如 echo '密码' | java -jar … user add …");
		}
		AccountView account = this.accounts.create(new AccountRequest(username, password, roles,
				options.get("--district")));
		this.audit.record(null, "USER_CREATE", "命令行 user add " + username, 201, "命令行新建账户");
		System.out.println("已新建账户 " + account.username() + "，角色 " + account.roles()
				+ ((account.districtId() != null) ? "，限于 " + account.districtId() : ""));
		return 0;
	}

	private static Set<Role> roles(String value) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(value.split(",")).map(String::strip).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

}
