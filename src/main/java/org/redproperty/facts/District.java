package org.redproperty.facts;

/** 区: the root of the administrative tree. */
public record District(String id, String name) implements Fact {
}
