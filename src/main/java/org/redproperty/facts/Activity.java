package org.redproperty.facts;

import java.time.LocalDate;

/** A row of 附件2 活动记录表. */
public record Activity(String id, String projectId, LocalDate date, String organizer, Heart heart, ActivityKind kind,
		String title, String description, Integer photoCount, Integer residentSignatures) implements Fact {
}
