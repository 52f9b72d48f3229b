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

/** An open-ended measure of a subject that rules may read without a schema change. */
@Table("indicators")
public record Indicator(@Id String id, SubjectType subjectType, String subjectId, String code, @Column("indicator_value") BigDecimal value,
		@Column("measured_on") LocalDate asOf,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Indicator(String id, SubjectType subjectType, String subjectId, String code, BigDecimal value,
			LocalDate asOf) {
		this(id, subjectType, subjectId, code, value, asOf, null, null);
	}

	@Override
	public List<String> owners() {
		return List.of(this.subjectId);
	}

}
