package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A row of 附件1 推荐汇总表: a street's nomination of a project for a scheme and year. */
@Table("nominations")
public record Nomination(@Id String id, String scheme, @Column("scheme_year") Integer year, String projectId, @Column("nominated_on") LocalDate date, String opinion,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt)
		implements Fact, Dated {

	/** The fact as imported, before it is recorded in a revision. */
	public Nomination(String id, String scheme, Integer year, String projectId, LocalDate date, String opinion) {
		this(id, scheme, year, projectId, date, opinion, null, null);
	}

	@Override
	public List<String> owners() {
		return List.of(this.projectId);
	}

}
