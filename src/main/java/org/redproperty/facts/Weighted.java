package org.redproperty.facts;

import java.math.BigDecimal;

/** A value that counts with a weight in a mean, e.g. a survey's average score weighted by its respondents. */
public interface Weighted {

	BigDecimal value();

	BigDecimal weight();

}
