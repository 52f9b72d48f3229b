package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 评价打分表: five dimensions of 0..20 each. */
public record Assessment(String id, String companyId, AssessmentLevel level, LocalDate date, BigDecimal organization,
		BigDecimal team, BigDecimal management, BigDecimal service, BigDecimal image) implements Fact {

	public BigDecimal total() {
		return java.util.stream.Stream.of(this.organization, this.team, this.management, this.service, this.image)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
