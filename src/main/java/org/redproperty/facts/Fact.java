package org.redproperty.facts;

import java.time.Instant;
import java.util.List;

/** Every stored fact has an id unique within its kind; rule traces and evidence refer to facts by it. */
public interface Fact {

	String id();

	/** The revision that recorded this version of the fact; null for a fact not (yet) stored. */
	Long revision();

	/** When this version was recorded (entered); null for a fact not stored or stored before revisions existed. */
	Instant recordedAt();

	/**
	 * The subjects a dependent record belongs to (an activity's project, a survey's company, an indicator's
	 * subject); empty for the subjects themselves. A rule firing that matched the record is part of the
	 * explanation of those subjects.
	 */
	default List<String> owners() {
		return List.of();
	}

}
