package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.ruleset.Ruleset;

/**
 * Evaluates one subject: a fresh session of the ruleset's KieBase gets the subject and the facts, fires, and is
 * disposed. Plain Java, no Spring: rule tests use it directly.
 */
public final class RuleEngine {

	/** The global through which rules write their results. */
	public static final String OUTCOME_GLOBAL = "outcome";

	private final int maxFirings;

	public RuleEngine(int maxFirings) {
		this.maxFirings = maxFirings;
	}

	public RuleOutcome evaluate(Ruleset ruleset, Subject subject, Dataset facts) {
		Session session = run(ruleset, subject, facts);
		return collect(subject.id(), session.results(), session.trace())
			.orElseThrow(() -> new NoStatusException(subject));
	}

	/**
	 * Evaluates a subject and answers the outcome of every subject the rules gave a status in the same session,
	 * e.g. each company of a district ranked together. The trace is the session's, shared by all.
	 */
	public Map<String, RuleOutcome> evaluateTogether(Ruleset ruleset, Subject subject, Dataset facts) {
		Session session = run(ruleset, subject, facts);
		Map<String, RuleOutcome> outcomes = new TreeMap<>();
		session.results()
			.stream()
			.filter(Status.class::isInstance)
			.map((status) -> ((Status) status).subjectId())
			.distinct()
			.forEach((id) -> collect(id, session.results(), session.trace()).ifPresent((o) -> outcomes.put(id, o)));
		if (!outcomes.containsKey(subject.id())) {
			throw new NoStatusException(subject);
		}
		return outcomes;
	}

	private Session run(Ruleset ruleset, Subject subject, Dataset facts) {
		Outcome outcome = new Outcome();
		List<TraceEntry> trace = new ArrayList<>();
		KieSession session = ruleset.kieBase().newKieSession();
		try {
			if (declaresOutcome(ruleset)) {
				session.setGlobal(OUTCOME_GLOBAL, outcome);
			}
			session.addEventListener(new Tracer(outcome, trace));
			session.insert(subject);
			facts.all().forEach(session::insert);
			int fired = session.fireAllRules(this.maxFirings);
			if (fired >= this.maxFirings) {
				throw new RunawayRulesException(this.maxFirings, mostFired(trace));
			}
		}
		finally {
			session.dispose();
		}
		return new Session(outcome.results(), List.copyOf(trace));
	}

	private static boolean declaresOutcome(Ruleset ruleset) {
		return ruleset.kieBase()
			.getKiePackages()
			.stream()
			.flatMap((p) -> p.getGlobalVariables().stream())
			.anyMatch((global) -> global.getName().equals(OUTCOME_GLOBAL));
	}

	/**
	 * The results for one subject; empty when the rules gave it no status. The last status (and the last rank)
	 * given counts.
	 */
	private static Optional<RuleOutcome> collect(String subjectId, List<Object> results, List<TraceEntry> trace) {
		List<Status> statuses = of(results, Status.class, subjectId, Status::subjectId);
		if (statuses.isEmpty()) {
			return Optional.empty();
		}
		List<ScoreLine> lines = of(results, ScoreLine.class, subjectId, ScoreLine::subjectId);
		BigDecimal total = lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Rank> ranks = of(results, Rank.class, subjectId, Rank::subjectId);
		Integer rank = ranks.isEmpty() ? null : ranks.get(ranks.size() - 1).rank();
		return Optional.of(new RuleOutcome(statuses.get(statuses.size() - 1), total, rank, lines,
				sortedByCode(of(results, GateResult.class, subjectId, GateResult::subjectId), GateResult::code),
				of(results, Finding.class, subjectId, Finding::subjectId),
				of(results, ProposedDeduction.class, subjectId, ProposedDeduction::subjectId),
				of(results, Award.class, subjectId, Award::subjectId), trace));
	}

	private record Session(List<Object> results, List<TraceEntry> trace) {
	}

	private static <T> List<T> of(List<Object> results, Class<T> type, String subjectId,
			Function<T, String> subjectOf) {
		return results.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter((result) -> subjectId.equals(subjectOf.apply(result)))
			.toList();
	}

	private static <T> List<T> sortedByCode(List<T> results, Function<T, String> code) {
		return results.stream().sorted(Comparator.comparing(code)).toList();
	}

	private static String mostFired(List<TraceEntry> trace) {
		Map<String, Long> counts = trace.stream().collect(Collectors.groupingBy(TraceEntry::rule, Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
	}

	/** Tells the collector which rule fires and writes each firing into the trace. */
	private static final class Tracer extends DefaultAgendaEventListener {

		private final Outcome outcome;

		private final List<TraceEntry> trace;

		Tracer(Outcome outcome, List<TraceEntry> trace) {
			this.outcome = outcome;
			this.trace = trace;
		}

		@Override
		public void beforeMatchFired(BeforeMatchFiredEvent event) {
			this.outcome.firing(RuleInfo.of(event.getMatch().getRule()));
		}

		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			RuleInfo rule = RuleInfo.of(event.getMatch().getRule());
			List<String> ids = event.getMatch()
				.getObjects()
				.stream()
				.filter(Fact.class::isInstance)
				.map((fact) -> ((Fact) fact).id())
				.toList();
			this.trace.add(new TraceEntry(this.trace.size() + 1, rule.name(), rule.code(), ids));
		}

	}

}
