package org.redproperty.evaluation;

/**
 * Why one record does not count, as the rule that found it wrote it through {@code outcome.defect(...)}: the subject
 * the record belongs to, the rule's code (the defect's code), the record and the reason in Chinese. Later rules
 * read it as a fact ({@code not Defect( recordId == $id )}); the path to a status reads its code to look up, in the
 * manifest's {@code remedies.defects}, whether and how the record can be fixed.
 */
public record Defect(String subjectId, String code, String recordId, String reason, String clause) implements Result {
}
