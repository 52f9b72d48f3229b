package org.redproperty.evaluation;

/** The status the rules give a subject; the status names belong to the rules. */
public record Status(String subjectId, String value, String code, String reason) implements Result {
}
