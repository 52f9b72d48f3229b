package org.redproperty.facts;

public enum ActivityKind {

	/** 活动. */
	ACTIVITY,
	/** 场景. */
	SCENE

}
