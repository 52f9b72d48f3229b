package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.redproperty.ruleset.RulesetDifference;
import org.redproperty.ruleset.RulesetIdentity;

/**
 * What differs between two stored evaluations of one subject and scheme, and why. {@code differs} names the
 * factors (facts revision, ruleset, asOf) in which the two differ, the rules differing also when only a required
 * ruleset's content differs; each change of the outcome names the factors
 * that cause it, found by evaluating again with one factor at a time (then two) taken from {@code to}: a change
 * that one factor produces on its own names that factor (several when each alone produces it); a change that
 * only appears when two or more change together names them all with {@code interaction} true.
 */
public record EvaluationDiff(Side from, Side to, boolean statusChanged, List<Cause> causes, List<Cause> differs,
		List<FactChange> facts, RulesetDifference rules, List<Change> changes) {

	/** One of the two evaluations: its outcome in short and its three factors. */
	public record Side(String id, String status, BigDecimal totalPoints, Integer rank, LocalDate asOf,
			Long factsRevision, RulesetIdentity ruleset, @JsonInclude(JsonInclude.Include.NON_NULL) String period,
			List<RequiredRuleset> requiredRulesets) {

		static Side of(Evaluation evaluation) {
			return new Side(evaluation.id(), evaluation.status(), evaluation.totalPoints(), evaluation.rank(),
					evaluation.asOf(), evaluation.factsRevision(), evaluation.ruleset(), evaluation.period(),
					evaluation.requiredRulesets());
		}

	}

	/**
	 * One thing of the outcome that differs: what it was and is (the result as the evaluation lists it, null where
	 * absent), its causes, the fact changes and rule differences behind it, and one Chinese line saying why.
	 */
	public record Change(ChangeKind kind, String code, JsonNode before, JsonNode after, List<Cause> causes,
			boolean interaction, List<FactChange> facts, List<String> rules, String reason) {
	}

	/** The kinds of things an outcome holds. */
	public enum ChangeKind {

		STATUS, RANK, GATE, LINE, FINDING, AWARD, DEDUCTION

	}

	/**
	 * A fact that differs between the revisions the two evaluations read: {@code revision} recorded the
	 * difference (for ADDED and CHANGED the version {@code to} read, for RETRACTED the revision that retracted it).
	 */
	public record FactChange(String kind, String id, Type change, long revision) {

		public enum Type {

			ADDED, CHANGED, RETRACTED

		}

	}

}
