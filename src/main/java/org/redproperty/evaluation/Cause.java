package org.redproperty.evaluation;

/** A factor in which two evaluations of one subject can differ, and so a cause of what differs in their outcomes. */
public enum Cause {

	/** The facts: the revision of the facts each read. */
	FACTS("事实"),
	/** The rules: the ruleset content (hash) each used. */
	RULES("规则"),
	/** The evaluation date. */
	AS_OF("评价日");

	private final String label;

	Cause(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
