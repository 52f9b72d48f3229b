package org.redproperty.facts;

/** How a company's party organisation is set up. */
public enum PartyOrg {

	/** 单独建立党组织. */
	INDEPENDENT,
	/** 联合党支部. */
	JOINT,
	/** 只有党建指导员（工作覆盖）. */
	INSTRUCTOR,
	/** 无. */
	NONE

}
