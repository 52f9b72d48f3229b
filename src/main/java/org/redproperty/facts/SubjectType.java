package org.redproperty.facts;

/** What can be evaluated or measured: the administrative tree, projects and companies. */
public enum SubjectType {

	DISTRICT, STREET, COMMUNITY, PROJECT, COMPANY

}
