package org.redproperty.evaluation;

import java.time.Duration;

import org.redproperty.common.ServiceException;

/** A session still firing rules at its deadline: halted, its subject failed, naming the rule it was running. */
public class RulesTimeoutException extends ServiceException {

	RulesTimeoutException(Duration limit, String rule) {
		super(Kind.UNPROCESSABLE, "RULES_TIMEOUT", "规则运行超过时限 " + seconds(limit) + " 秒，已停止"
				+ ((rule != null) ? "；停止时正在执行的规则是「" + rule + "」" : "；还没有规则触发，是规则的条件在计算"));
	}

	static String seconds(Duration limit) {
		return new java.math.BigDecimal(limit.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
	}

}
