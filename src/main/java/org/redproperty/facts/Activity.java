package org.redproperty.facts;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A row of 附件2 活动记录表. */
@Table("activities")
public record Activity(@Id String id, String projectId, @Column("held_on") LocalDate date, String organizer, Heart heart, ActivityKind kind,
		String title, String description, Integer photoCount, Integer residentSignatures) implements Fact, Dated {

	@Override
	public List<String> owners() {
		return List.of(this.projectId);
	}

}
