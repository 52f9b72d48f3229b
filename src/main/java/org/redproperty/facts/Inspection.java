package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** 街道社区现场打分: one quantitative check of a project (量化考核), scored 0 to 100. */
@Table("inspections")
public record Inspection(@Id String id, String projectId, @Column("inspected_on") LocalDate date, BigDecimal score,
		String inspector, @ReadOnlyProperty @JsonInclude(NON_NULL) Long revision,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact, Dated {

	/** The fact as imported, before it is recorded in a revision. */
	public Inspection(String id, String projectId, LocalDate date, BigDecimal score, String inspector) {
		this(id, projectId, date, score, inspector, null, null);
	}

	@Override
	public List<String> owners() {
		return List.of(this.projectId);
	}

}
