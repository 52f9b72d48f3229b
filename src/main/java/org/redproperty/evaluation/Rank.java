package org.redproperty.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The place a subject takes in a ranking the rules made, e.g. a company among those of a district. */
public record Rank(@JsonIgnore String subjectId, String code, int rank, String reason, List<String> evidence,
		String clause) implements Result {

	/**
	 * Whether the subjects tied at this place reach past the last of {@code places}: all of them are inside, and
	 * the list is longer than it should be.
	 */
	public boolean tieCrosses(int places) {
		return this.rank <= places && this.rank + this.evidence.size() - 1 > places;
	}

}
