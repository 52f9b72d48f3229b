package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** 满意度调查. */
@Table("surveys")
public record Survey(@Id String id, String companyId, @Column("surveyed_on") LocalDate date, Integer respondents, BigDecimal averageScore)
		implements Fact, Dated, Weighted {

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
