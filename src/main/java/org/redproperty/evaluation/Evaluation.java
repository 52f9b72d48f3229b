package org.redproperty.evaluation;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetIdentity;

/**
 * A stored evaluation: the subject's status, points and rank (null unless the rules ranked it) with every line,
 * gate, finding, proposed credit deduction, award and rule firing behind them, the ruleset content it used and
 * the revision of the facts it read; {@code requiredRulesets} every other ruleset it used (those its manifest
 * requires, transitively) with the content hash of each, and {@code requiredOutcomes} what the rules read of their
 * outcomes for the subject (both empty for a ruleset that requires none, and for evaluations stored before V14).
 */
public record Evaluation(String id, String scheme, int year, SubjectType subjectType, String subjectId,
		LocalDate asOf, String status, String statusReason, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines,
		List<GateResult> gates, List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
		List<TraceEntry> trace, RulesetIdentity ruleset, Together evaluatedTogether, Instant evaluatedAt,
		Long factsRevision, String requestedBy, @JsonInclude(NON_NULL) String period,
		List<RequiredRuleset> requiredRulesets, List<RequiredOutcome> requiredOutcomes) {

	private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

	public Evaluation {
		requiredRulesets = (requiredRulesets != null) ? List.copyOf(requiredRulesets) : List.of();
		requiredOutcomes = (requiredOutcomes != null) ? List.copyOf(requiredOutcomes) : List.of();
	}

	/** An evaluation of a ruleset that requires no other. */
	public Evaluation(String id, String scheme, int year, SubjectType subjectType, String subjectId, LocalDate asOf,
			String status, String statusReason, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines,
			List<GateResult> gates, List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
			List<TraceEntry> trace, RulesetIdentity ruleset, Together evaluatedTogether, Instant evaluatedAt,
			Long factsRevision, String requestedBy, String period) {
		this(id, scheme, year, subjectType, subjectId, asOf, status, statusReason, totalPoints, rank, lines, gates,
				findings, creditDeductions, awards, trace, ruleset, evaluatedTogether, evaluatedAt, factsRevision,
				requestedBy, period, List.of(), List.of());
	}

	/** An evaluation of a scheme without periods. */
	public Evaluation(String id, String scheme, int year, SubjectType subjectType, String subjectId, LocalDate asOf,
			String status, String statusReason, BigDecimal totalPoints, Integer rank, List<ScoreLine> lines,
			List<GateResult> gates, List<Finding> findings, List<ProposedDeduction> creditDeductions, List<Award> awards,
			List<TraceEntry> trace, RulesetIdentity ruleset, Together evaluatedTogether, Instant evaluatedAt,
			Long factsRevision, String requestedBy) {
		this(id, scheme, year, subjectType, subjectId, asOf, status, statusReason, totalPoints, rank, lines, gates,
				findings, creditDeductions, awards, trace, ruleset, evaluatedTogether, evaluatedAt, factsRevision,
				requestedBy, null);
	}

	static Evaluation of(String id, Subject subject, RuleOutcome outcome, RulesetIdentity ruleset,
			Instant evaluatedAt, Long factsRevision) {
		return of(id, subject, outcome, ruleset, null, evaluatedAt, factsRevision);
	}

	/**
	 * A new evaluation id: a time-ordered UUID (version 7), so that evaluations are stored in the order of their
	 * keys and the table's pages fill up rather than split at random, as they do under random ids.
	 */
	public static String newId() {
		return IDS.generate().toString();
	}

	/**
	 * The evaluation of a subject whose outcome came from a session over a larger subject, e.g. a project of a
	 * district re-scored in one session, or a company ranked among the district's companies. {@code factsRevision}
	 * is the revision of the facts it read (null for evaluations stored before revisions existed).
	 */
	public static Evaluation of(String id, Subject subject, RuleOutcome outcome, RulesetIdentity ruleset,
			Together together, Instant evaluatedAt, Long factsRevision) {
		return new Evaluation(id, subject.scheme(), subject.year(), subject.type(), subject.id(), subject.asOf(),
				outcome.status().value(), outcome.status().reason(), outcome.totalPoints(), outcome.rank(), outcome.lines(),
				outcome.gates(), outcome.findings(), outcome.creditDeductions(), outcome.awards(), outcome.trace(),
				ruleset, together, evaluatedAt, factsRevision, null, subject.period(), outcome.requiredRulesets(),
				outcome.requiredOutcomes());
	}

	/** The same evaluation, asked for by that account (null: nobody signed in, e.g. the command line). */
	public Evaluation requestedBy(String account) {
		return new Evaluation(this.id, this.scheme, this.year, this.subjectType, this.subjectId, this.asOf, this.status,
				this.statusReason, this.totalPoints, this.rank, this.lines, this.gates, this.findings, this.creditDeductions,
				this.awards, this.trace, this.ruleset, this.evaluatedTogether, this.evaluatedAt, this.factsRevision, account,
				this.period, this.requiredRulesets, this.requiredOutcomes);
	}

	/** The subject as evaluated: scheme, year, subject, asOf and period. */
	public Subject subject() {
		return new Subject(this.scheme, this.year, this.subjectType, this.subjectId, this.asOf, this.period);
	}

	/** The subject of the session the evaluation came from, when it was not the evaluated subject itself. */
	public record Together(SubjectType subjectType, String subjectId) {
	}

	/** The one-line view used in lists. */
	public Summary summary() {
		return new Summary(this.id, this.scheme, this.year, this.subjectType, this.subjectId, this.asOf, this.status,
				this.totalPoints, this.ruleset, this.evaluatedAt);
	}

	public record Summary(String id, String scheme, int year, SubjectType subjectType, String subjectId,
			LocalDate asOf, String status, BigDecimal totalPoints, RulesetIdentity ruleset, Instant evaluatedAt) {
	}

}
