package org.redproperty.evaluation;

import org.redproperty.common.ServiceException;

/**
 * A session that ran out of memory: its subject fails, naming the rule whose consequence was running, if one was;
 * the service goes on, since everything the session held is garbage once it is left.
 */
public class RulesOutOfMemoryException extends ServiceException {

	RulesOutOfMemoryException(String rule) {
		super(Kind.UNPROCESSABLE, "RULES_OUT_OF_MEMORY", "规则用尽了内存，评价已停止"
				+ ((rule != null) ? "；当时正在执行的规则是「" + rule + "」" : "；当时是规则的条件在计算（可能是没有关联条件的多个模式相乘）"));
	}

}
