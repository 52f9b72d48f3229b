package org.redproperty.facts;

/** 五心. */
public enum Heart {

	/** 红心. */
	HONGXIN,
	/** 匠心. */
	JIANGXIN,
	/** 暖心. */
	NUANXIN,
	/** 安心. */
	ANXIN,
	/** 同心. */
	TONGXIN

}
