package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 满意度调查. */
public record Survey(String id, String companyId, LocalDate date, Integer respondents, BigDecimal averageScore)
		implements Fact {
}
