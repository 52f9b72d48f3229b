package org.redproperty.facts;

/** 街道或镇. */
public record Street(String id, String districtId, String name) implements Fact {
}
