package org.redproperty.evaluation;

import java.math.BigDecimal;

import org.redproperty.facts.SubjectType;

/**
 * What the first step concluded about a project or company, given to the rules of the second step with every
 * result of that subject ({@code GateResult}, {@code Status}, {@code ScoreLine} …). {@code status} is null when the
 * first step gave none, e.g. for a company whose status the ranking decides.
 */
public record Evaluated(SubjectType type, String subjectId, String status, BigDecimal totalPoints) {
}
