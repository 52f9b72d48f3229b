package org.redproperty.facts;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** 街道或镇. */
@Table("streets")
public record Street(@Id String id, String districtId, String name) implements Fact {
}
