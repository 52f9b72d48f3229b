package org.redproperty.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 社区. */
@Table("communities")
public record Community(@Id String id, String streetId, String name) implements Fact {
}
