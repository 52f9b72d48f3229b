package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A safety problem or an event; {@code projectId} is null for events of the company as a whole. */
@Table("incidents")
public record Incident(@Id String id, String projectId, String companyId, @Column("occurred_on") LocalDate date, @Column("incident_type") IncidentType type,
		String description, LocalDate rectifyBy, LocalDate rectifiedOn, RectificationVerdict rectificationVerdict,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt)
		implements Fact, Dated {

	/** The fact as imported, before it is recorded in a revision. */
	public Incident(String id, String projectId, String companyId, LocalDate date, IncidentType type,
			String description, LocalDate rectifyBy, LocalDate rectifiedOn, RectificationVerdict rectificationVerdict) {
		this(id, projectId, companyId, date, type, description, rectifyBy, rectifiedOn, rectificationVerdict, null,
				null);
	}

	/** The incident as seen on {@code asOf}: a rectification after that day has not happened yet. */
	public Incident asSeenOn(LocalDate asOf) {
		if (this.rectifiedOn == null || !this.rectifiedOn.isAfter(asOf)) {
			return this;
		}
		return new Incident(this.id, this.projectId, this.companyId, this.date, this.type, this.description,
				this.rectifyBy, null, null, this.revision, this.recordedAt);
	}

	@Override
	public List<String> owners() {
		return Stream.of(this.projectId, this.companyId).filter(Objects::nonNull).toList();
	}

}
