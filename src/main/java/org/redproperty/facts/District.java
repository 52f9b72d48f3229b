package org.redproperty.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 区: the root of the administrative tree. */
@Table("districts")
public record District(@Id String id, String name) implements Fact {
}
