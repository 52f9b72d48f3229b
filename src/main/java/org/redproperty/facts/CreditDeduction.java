package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deduction of a company's credit score already imposed by an authority. */
public record CreditDeduction(String id, String companyId, LocalDate date, BigDecimal points, String reason)
		implements Fact {
}
