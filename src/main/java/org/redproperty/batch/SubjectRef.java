package org.redproperty.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;

/** A subject a job evaluates. Jobs list projects first, then streets, communities, the district and companies. */
record SubjectRef(SubjectType type, String id) {

	static final List<SubjectType> ORDER = List.of(SubjectType.PROJECT, SubjectType.STREET, SubjectType.COMMUNITY,
			SubjectType.DISTRICT, SubjectType.COMPANY);

	/** The subjects of the covered types among a district's facts, in job order. */
	static List<SubjectRef> in(Dataset facts, Collection<SubjectType> covered) {
		List<SubjectRef> subjects = new ArrayList<>();
		for (SubjectType type : ORDER) {
			if (covered.contains(type)) {
				facts.ofType(type).forEach((fact) -> subjects.add(new SubjectRef(type, fact.id())));
			}
		}
		return subjects;
	}

	static int order(SubjectType type) {
		return ORDER.indexOf(type);
	}

	Subject of(RescoreJob job) {
		return new Subject(job.scheme(), job.year(), this.type, this.id, job.asOf(), job.period());
	}

	/** Whether this subject is the district whose session it was evaluated in. */
	boolean isSession(String district) {
		return this.type == SubjectType.DISTRICT && this.id.equals(district);
	}

	String key() {
		return RescoreResults.key(this.type, this.id);
	}

}
