package org.redproperty.batch;

import java.util.List;

import org.redproperty.facts.SubjectType;

/** A subject a job evaluates. Jobs list projects first, then streets, communities, the district and companies. */
record SubjectRef(SubjectType type, String id) {

	static final List<SubjectType> ORDER = List.of(SubjectType.PROJECT, SubjectType.STREET, SubjectType.COMMUNITY,
			SubjectType.DISTRICT, SubjectType.COMPANY);

	static int order(SubjectType type) {
		return ORDER.indexOf(type);
	}

	/** Whether this subject is the district whose session it was evaluated in. */
	boolean isSession(String district) {
		return this.type == SubjectType.DISTRICT && this.id.equals(district);
	}

	String key() {
		return RescoreResults.key(this.type, this.id);
	}

}
