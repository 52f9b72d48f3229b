package org.redproperty.facts;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/** 区: the root of the administrative tree. */
@Table("districts")
public record District(@Id String id, String name,
		@ReadOnlyProperty @JsonInclude(NON_NULL) Long revision, @ReadOnlyProperty @JsonInclude(NON_NULL) Instant recordedAt) implements Fact {

	/** The fact as imported, before it is recorded in a revision. */
	public District(String id, String name) {
		this(id, name, null, null);
	}

}
