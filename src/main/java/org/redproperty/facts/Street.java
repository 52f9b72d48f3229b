package org.redproperty.facts;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** 街道或镇. */
@Table("streets")
public record Street(@Id String id, String districtId, String name,
		@ReadOnlyProperty Long revision, @ReadOnlyProperty Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Street(String id, String districtId, String name) {
		this(id, districtId, name, null, null);
	}

}
