package org.redproperty.facts;

/**
 * One thing wrong with one row of an imported dataset: where (kind, position, id, field), a stable code for
 * programs and a message in Chinese for people.
 */
public record ImportProblem(String kind, Integer index, String id, String field, String code, String message) {
}
