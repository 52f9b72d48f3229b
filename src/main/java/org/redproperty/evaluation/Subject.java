package org.redproperty.evaluation;

import java.time.LocalDate;

import org.redproperty.facts.SubjectType;

/**
 * The subject under evaluation, inserted into every session: rules read {@code asOf} and the scheme year here. The
 * period is the code of the {@link Period} the evaluation is for, null where the scheme has no periods.
 */
public record Subject(String scheme, int year, SubjectType type, String id, LocalDate asOf, String period) {

	public Subject(String scheme, int year, SubjectType type, String id, LocalDate asOf) {
		this(scheme, year, type, id, asOf, null);
	}

}
