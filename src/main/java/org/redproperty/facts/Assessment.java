package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** 评价打分表: five dimensions of 0..20 each. */
@Table("assessments")
public record Assessment(@Id String id, String companyId, @Column("assessment_level") AssessmentLevel level, @Column("assessed_on") LocalDate date, BigDecimal organization,
		BigDecimal team, BigDecimal management, BigDecimal service, BigDecimal image,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact, Dated {

	/** The fact as imported, before it is recorded in a revision. */
	public Assessment(String id, String companyId, AssessmentLevel level, LocalDate date, BigDecimal organization,
			BigDecimal team, BigDecimal management, BigDecimal service, BigDecimal image) {
		this(id, companyId, level, date, organization, team, management, service, image, null, null);
	}

	public BigDecimal total() {
		return Stream.of(this.organization, this.team, this.management, this.service, this.image)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Override
	public List<String> owners() {
		return List.of(this.companyId);
	}

}
