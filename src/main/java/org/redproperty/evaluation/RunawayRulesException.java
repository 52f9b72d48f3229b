package org.redproperty.evaluation;

import org.redproperty.common.ServiceException;

/** An evaluation fired more rules than allowed: a rule that keeps re-activating itself. */
public class RunawayRulesException extends ServiceException {

	private final String rule;

	public RunawayRulesException(int limit, String rule) {
		super(Kind.UNPROCESSABLE, "RUNAWAY_RULES", "规则触发次数超过上限 " + limit + "，反复触发的规则是「" + rule + "」");
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
