package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An open-ended measure of a subject that rules may read without a schema change. */
public record Indicator(String id, SubjectType subjectType, String subjectId, String code, BigDecimal value,
		LocalDate asOf) implements Fact {
}
