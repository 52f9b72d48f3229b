package org.redproperty.proposals;

/** Where a proposed credit deduction stands: waiting for a person, confirmed (a fact now) or rejected. */
public enum ProposalState {

	PROPOSED("待确认"), CONFIRMED("已确认"), REJECTED("已驳回");

	private final String label;

	ProposalState(String label) {
		this.label = label;
	}

	/** The state in Chinese, for messages. */
	String label() {
		return this.label;
	}

}
