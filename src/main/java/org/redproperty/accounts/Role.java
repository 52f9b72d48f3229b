package org.redproperty.accounts;

/** What an account may do; an account may hold several roles. */
public enum Role {

	/** Manages accounts and reads the audit log. */
	ADMIN("管理员：管理账户，查看操作日志"),
	/** Checks, compares, activates and reloads rulesets. */
	POLICY("政策工作人员：检查、假设比较、启用、重新加载规则集"),
	/** Imports and retracts facts. */
	DATA_ENTRY("数据录入人员：导入和撤回事实"),
	/** Runs evaluations and re-score jobs, downloads reports, confirms or rejects proposed credit deductions. */
	DISTRICT_STAFF("区、街道工作人员：评价、批量重评、报表，确认或驳回拟扣信用分"),
	/** Reads everything, writes nothing. */
	AUDITOR("审核人员：查看全部内容（事实、评价、重现、变化、依据、任务、规则集、操作日志），不作任何更改");

	private final String description;

	Role(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
