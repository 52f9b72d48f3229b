package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** 社区. */
@Table("communities")
public record Community(@Id String id, String streetId, String name,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public Community(String id, String streetId, String name) {
		this(id, streetId, name, null, null);
	}

}
