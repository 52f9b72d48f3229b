package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A row of 附件2 活动记录表. */
@Table("activities")
public record Activity(@Id String id, String projectId, @Column("held_on") LocalDate date, String organizer, Heart heart, ActivityKind kind,
		String title, String description, Integer photoCount, Integer residentSignatures,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact, Dated {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The fact as imported, before it is recorded in a revision. */
	public Activity(String id, String projectId, LocalDate date, String organizer, Heart heart, ActivityKind kind,
			String title, String description, Integer photoCount, Integer residentSignatures) {
		this(id, projectId, date, organizer, heart, kind, title, description, photoCount, residentSignatures, null,
				null);
	}

	/**
	 * The day the record was entered, in China's time zone (the zone of the dates records carry); null when not
	 * known (a record not stored, or stored before revisions existed).
	 */
	@JsonIgnore
	public LocalDate getRecordedOn() {
		return (this.recordedAt != null) ? LocalDate.ofInstant(this.recordedAt, CHINA) : null;
	}

	@Override
	public List<String> owners() {
		return List.of(this.projectId);
	}

}
