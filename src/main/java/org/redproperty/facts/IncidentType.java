package org.redproperty.facts;

/** Safety problems found by inspectors and events that happened. */
public enum IncidentType {

	/** 堵塞消防通道. */
	FIRE_LANE_BLOCKED,
	/** 电瓶车进楼/飞线充电. */
	EBIKE_INDOOR_CHARGING,
	/** 高空抛物. */
	HIGH_ALTITUDE_THROWING,
	/** 装修破坏承重结构. */
	STRUCTURAL_DAMAGE,
	/** 燃气隐患. */
	GAS_HAZARD,
	/** 其他安全问题. */
	OTHER_SAFETY,
	/** 安全责任事故. */
	SAFETY_ACCIDENT,
	/** 群体性事件. */
	GROUP_INCIDENT,
	/** 从业人员与业主争吵冲突. */
	STAFF_OWNER_CONFLICT,
	/** 企业管理层违法违规. */
	MANAGEMENT_VIOLATION

}
