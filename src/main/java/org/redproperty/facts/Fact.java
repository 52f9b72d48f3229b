package org.redproperty.facts;

/** Every stored fact has an id unique within its kind; rule traces and evidence refer to facts by it. */
public interface Fact {

	String id();

}
