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

/** 满意度调查. */
@Table("surveys")
public record Survey(@Id String id, String companyId, @Column("surveyed_on") LocalDate date, Integer respondents, BigDecimal averageScore,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt)
		implements Fact, Dated, Weighted {

	/** The fact as imported, before it is recorded in a revision. */
	public Survey(String id, String companyId, LocalDate date, Integer respondents, BigDecimal averageScore) {
		this(id, companyId, date, respondents, averageScore, null, null);
	}

	/** The average score, as the value of a respondent-weighted mean. */
	@Override
	public BigDecimal value() {
		return this.averageScore;
	}

	/** The respondents (none recorded counts as none). */
	@Override
	public BigDecimal weight() {
		return BigDecimal.valueOf((this.respondents != null) ? this.respondents : 0);
	}

	@Override
	public List<String> owners() {
		return List.of(this.companyId);
	}

}
