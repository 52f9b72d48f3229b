package org.redproperty.facts;

public enum CommitteeKind {

	/** 业主委员会. */
	OWNERS_COMMITTEE,
	/** 物业管理委员会. */
	MANAGEMENT_COMMITTEE,
	/** 自治管理委员会. */
	AUTONOMY_COMMITTEE

}
