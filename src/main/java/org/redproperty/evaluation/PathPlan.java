package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The path of a subject to a status: the smallest set of changes the planner found that would earn it, each failed
 * gate a step, what cannot be made good a blocker. {@code verified} says that the facts with every fixable step
 * applied were evaluated with the same ruleset, scope and asOf and gave what the plan says: {@code verifiedStatus}
 * is the target when the plan is {@code reachable}, and not the target when a blocker stands in the way. A plan the
 * rules would not accept is never answered as reachable: then {@code verified} and {@code reachable} are false and
 * the steps are what was tried.
 *
 * @param daysLeft the days from asOf to the end of the window in which records can still be made (0 once it has
 * passed), null when the ruleset declares no window
 */
public record PathPlan(String evaluationId, String subjectId, LocalDate asOf, String status, String target,
		boolean reachable, List<Step> steps, List<Blocker> blockers, Integer daysLeft, LocalDate windowEnd,
		boolean verified, String verifiedStatus, String summary) {

	/**
	 * One failed gate (or rank) and what would close it: the existing {@code records} to fix with the
	 * {@code changes} to them, the new records to {@code add}, the {@code units} the gate lacks (e.g. months).
	 */
	public record Step(String gate, BigDecimal gap, BigDecimal required, BigDecimal actual, String action,
			List<String> records, List<Change> changes, List<Added> added, List<String> units, boolean fixable,
			String reason) {
	}

	/** A field of an existing record set to another value, both shown as text. */
	public record Change(String kind, String id, String field, String before, String after) {
	}

	/** A new record the plan adds, in the import format (the hypothetical record that was evaluated). */
	public record Added(String kind, String id, ObjectNode record) {
	}

	/** What cannot be made good, with the gate (or rank) it stands in. */
	public record Blocker(String gate, String reason) {
	}

}
