package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A deduction of a company's credit score already imposed by an authority. */
@Table("credit_deductions")
public record CreditDeduction(@Id String id, String companyId, @Column("imposed_on") LocalDate date, BigDecimal points, String reason,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt)
		implements Fact, Dated {

	/** The fact as imported, before it is recorded in a revision. */
	public CreditDeduction(String id, String companyId, LocalDate date, BigDecimal points, String reason) {
		this(id, companyId, date, points, reason, null, null);
	}

	@Override
	public List<String> owners() {
		return List.of(this.companyId);
	}

}
