package org.redproperty.facts;

public enum RectificationVerdict {

	/** 整改到位. */
	ADEQUATE,
	/** 敷衍整改. */
	PERFUNCTORY

}
