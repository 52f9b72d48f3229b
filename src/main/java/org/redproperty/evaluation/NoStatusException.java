package org.redproperty.evaluation;

/** The rules gave the subject no status: the ruleset is incomplete for this kind of subject. */
public class NoStatusException extends RuntimeException {

	public NoStatusException(Subject subject) {
		super("规则集没有为评价对象 " + subject.id() + " 给出评价结果状态");
	}

}
