package org.redproperty.evaluation;

import org.redproperty.common.ServiceException;

/** The rules gave the subject no status: the ruleset is incomplete for this kind of subject. */
public class NoStatusException extends ServiceException {

	public NoStatusException(Subject subject) {
		super(Kind.UNPROCESSABLE, "NO_STATUS", "规则集没有为评价对象 " + subject.id() + " 给出评价结果状态");
	}

}
