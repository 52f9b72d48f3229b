package org.redproperty.evaluation;

import java.time.LocalDate;

import org.redproperty.facts.SubjectType;

/** The subject under evaluation, inserted into every session: rules read {@code asOf} and the scheme year here. */
public record Subject(String scheme, int year, SubjectType type, String id, LocalDate asOf) {
}
