package org.redproperty.evaluation;

import java.util.Comparator;
import java.util.List;

import org.redproperty.facts.SubjectType;

/**
 * Which subjects an evaluation is about: one subject on its own, or a whole district (the district and every
 * street, community, project and company in it that the ruleset covers), as a batch job and a what-if evaluate.
 */
public record Scope(SubjectType type, String id, boolean whole) {

	/** The order subjects are listed in everywhere: projects, streets, communities, districts, companies; then by id. */
	public static final List<SubjectType> ORDER = List.of(SubjectType.PROJECT, SubjectType.STREET,
			SubjectType.COMMUNITY, SubjectType.DISTRICT, SubjectType.COMPANY);

	public static final Comparator<Subject> SUBJECT_ORDER = Comparator
		.comparing((Subject subject) -> ORDER.indexOf(subject.type()))
		.thenComparing(Subject::id);

	public static Scope of(SubjectType type, String id) {
		return new Scope(type, id, false);
	}

	public static Scope district(String districtId) {
		return whole(SubjectType.DISTRICT, districtId);
	}

	/** The subject and every covered subject under it (for a company: itself). */
	public static Scope whole(SubjectType type, String id) {
		return new Scope(type, id, true);
	}

	@Override
	public String toString() {
		return (this.whole ? "全区 " : "") + this.type.label() + " " + this.id;
	}

}
