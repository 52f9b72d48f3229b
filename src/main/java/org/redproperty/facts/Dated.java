package org.redproperty.facts;

import java.time.LocalDate;

/** A record dated by one day: an activity, an incident, a survey … */
public interface Dated {

	String id();

	LocalDate date();

}
