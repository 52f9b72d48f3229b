package org.redproperty.facts;

/** How a company's party organisation is set up. */
public enum PartyOrg {

	/** 单独建立党组织. */
	INDEPENDENT("单独建立党组织"),
	/** 联合党支部. */
	JOINT("建立联合党支部"),
	/** 只有党建指导员（工作覆盖）. */
	INSTRUCTOR("仅选派党建指导员"),
	/** 无. */
	NONE("无党组织");

	private final String label;

	PartyOrg(String label) {
		this.label = label;
	}

	/** What the form is called in a reason text, e.g. {@code 仅选派党建指导员}. */
	public String label() {
		return this.label;
	}

}
