package org.redproperty.evaluation;

/** A result the rules wrote through {@link Outcome} about one subject. */
public interface Result {

	String subjectId();

}
