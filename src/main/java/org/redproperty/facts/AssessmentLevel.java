package org.redproperty.facts;

public enum AssessmentLevel {

	/** 街道评价. */
	STREET,
	/** 区级评价. */
	DISTRICT

}
