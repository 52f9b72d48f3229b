package org.redproperty.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import static org.redproperty.accounts.Role.ADMIN;
import static org.redproperty.accounts.Role.AUDITOR;
import static org.redproperty.accounts.Role.DATA_ENTRY;
import static org.redproperty.accounts.Role.DISTRICT_STAFF;
import static org.redproperty.accounts.Role.POLICY;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call what on the API and Actuator, in one place: the security configuration applies these rules in
 * order (the first that matches decides), the audit log names writes by their action, the test of every endpoint
 * with every role checks them, and the API guide prints them. A new endpoint needs a line here only when it is a
 * write or a read not open to every signed-in account: every {@code GET} under {@code /api/} is readable by all
 * signed-in accounts (within their district), and a write no line names is refused to everyone.
 */
public final class AccessRules {

	public static final List<AccessRule> RULES = List.of(
			AccessRule.open("/actuator/health/**", "服务是否正常（Actuator health）"),
			AccessRule.read("/actuator/**", "Actuator 的其余端点", ADMIN),
			AccessRule.write(POST, "/api/users", "USER_CREATE", "新建账户", ADMIN),
			AccessRule.write(PATCH, "/api/users/*", "USER_CHANGE", "修改账户：角色、区、停用、新密码", ADMIN),
			AccessRule.read("/api/users", "账户列表", ADMIN),
			AccessRule.read("/api/audit-log", "操作日志", ADMIN, AUDITOR),
			AccessRule.write(POST, "/api/datasets", "IMPORT", "导入数据、撤回事实（一个新的修订版本）", DATA_ENTRY),
			AccessRule.write(POST, "/api/imports/*.xlsx", "IMPORT_FORM", "上传填好的附件1推荐汇总表或附件2活动记录表（一个新的修订版本）",
					DATA_ENTRY),
			AccessRule.write(POST, "/api/evaluations", "EVALUATE", "评价一个对象", DISTRICT_STAFF),
			AccessRule.write(POST, "/api/evaluations/*/replay", "REPLAY", "重现一次评价", DISTRICT_STAFF, AUDITOR),
			AccessRule.write(POST, "/api/rescore-jobs", "JOB_START", "提交批量重评任务", DISTRICT_STAFF),
			AccessRule.write(POST, "/api/rescore-jobs/*/resume", "JOB_RESUME", "继续中断的任务", DISTRICT_STAFF),
			AccessRule.write(POST, "/api/rescore-jobs/*/cancel", "JOB_CANCEL", "取消任务", DISTRICT_STAFF),
			AccessRule.write(POST, "/api/rescore-jobs/*/publish", "JOB_PUBLISH",
					"公示后发布任务的结果：清单 publish 所列的状态和荣誉成为称号、撤销称号（一个新的修订版本；只发布一次）", DISTRICT_STAFF),
			AccessRule.read("/api/rescore-jobs/*/report.*", "下载任务报表（CSV、Excel）", DISTRICT_STAFF, AUDITOR),
			AccessRule.write(POST, "/api/deduction-proposals/*/confirm", "PROPOSAL_CONFIRM",
					"确认拟扣信用分（成为一条信用分扣减事实，一个新的修订版本）", DISTRICT_STAFF),
			AccessRule.write(POST, "/api/deduction-proposals/*/reject", "PROPOSAL_REJECT", "驳回拟扣信用分（写明理由）",
					DISTRICT_STAFF),
			AccessRule.write(POST, "/api/rulesets/*/*/check", "RULESET_CHECK", "检查草案规则集", POLICY),
			AccessRule.write(POST, "/api/rulesets/*/*/activate", "RULESET_ACTIVATE", "启用规则集", POLICY),
			AccessRule.write(POST, "/api/rulesets/reload", "RULESET_RELOAD", "重新加载规则目录", POLICY),
			AccessRule.write(POST, "/api/what-if", "WHAT_IF", "假设比较（不写入）", POLICY, AUDITOR),
			AccessRule.read("/api/titles", "称号列表（按持有者、方案、年度、是否仍持有）：每个登录账户，限于其区"),
			AccessRule.read("/api/**",
					"其余查询：Excel 表格模板和区的推荐汇总表，事实、评价及其事实快照、依据（path）、任务及其结果和变化、规则集及启用记录、修订和事实历史、拟扣信用分"));

	/**
	 * Who may open which pages and submit which of their forms, applied in order like {@link #RULES} by the pages'
	 * filter chain. Every page not named here is open to every signed-in account (it shows only what the account's
	 * district scope lets it see), and a form post no line names is refused to everyone. A page's form does what an
	 * API write does, for the same roles, and is recorded in the audit log under the same action.
	 */
	public static final List<AccessRule> PAGES = List.of(
			AccessRule.open("/login", "登录页"),
			AccessRule.write(POST, "/logout", "SIGN_OUT", "退出登录"),
			AccessRule.read("/rulesets/*/*/draft", "起草规则集：改参数、上传规则文件", POLICY),
			AccessRule.write(POST, "/rulesets/*/*/draft", "RULESET_CHECK", "检查草案规则集", POLICY),
			AccessRule.write(POST, "/rulesets/*/*/drafts/*/what-if", "WHAT_IF", "假设比较（不写入）", POLICY, AUDITOR),
			AccessRule.read("/rulesets/*/*/drafts/*/activate", "确认启用草案", POLICY),
			AccessRule.write(POST, "/rulesets/*/*/drafts/*/activate", "RULESET_ACTIVATE", "启用规则集", POLICY),
			AccessRule.write(POST, "/jobs", "JOB_START", "提交批量重评任务", DISTRICT_STAFF),
			AccessRule.write(POST, "/jobs/*/publish", "JOB_PUBLISH", "任务页上发布任务的结果（称号）", DISTRICT_STAFF),
			AccessRule.read("/jobs/*/report.*", "下载任务报表（CSV、Excel）", DISTRICT_STAFF, AUDITOR),
			AccessRule.write(POST, "/subjects/*/*/evaluate", "EVALUATE", "对象页上评价这个对象", DISTRICT_STAFF),
			AccessRule.write(POST, "/evaluations/*/replay", "REPLAY", "评价页上重现这次评价", DISTRICT_STAFF, AUDITOR),
			AccessRule.write(POST, "/imports/*", "IMPORT", "导入页上传填好的表格（一个新的修订版本）", DATA_ENTRY),
			AccessRule.read("/**", "其余页面：首页、查找对象、对象和评价、事实历史、导入表格、规则集及其草案、任务、区工作台"));

	private AccessRules() {
	}

	/** The first rule that matches the request, as the security configuration applies them. */
	static Optional<AccessRule> of(HttpServletRequest request) {
		return RULES.stream().filter((rule) -> rule.matcher().matches(request)).findFirst()
			.or(() -> PAGES.stream().filter((rule) -> rule.matcher().matches(request)).findFirst());
	}

}
