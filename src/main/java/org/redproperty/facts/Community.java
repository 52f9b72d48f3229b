package org.redproperty.facts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** 社区. */
@Table("communities")
public record Community(@Id String id, String streetId, String name,
		@ReadOnlyProperty Long revision, @ReadOnlyProperty Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Community(String id, String streetId, String name) {
		this(id, streetId, name, null, null);
	}

}
