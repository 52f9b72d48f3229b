package org.redproperty.facts;

import java.time.LocalDate;

/** A row of 附件1 推荐汇总表: a street's nomination of a project for a scheme and year. */
public record Nomination(String id, String scheme, Integer year, String projectId, LocalDate date, String opinion)
		implements Fact {
}
