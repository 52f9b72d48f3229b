package org.redproperty.facts;

/** 社区. */
public record Community(String id, String streetId, String name) implements Fact {
}
