package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.ruleset.RuleInfo;
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
		return Optional.ofNullable(run(ruleset, subject, facts).outcomes().get(subject.id()))
			.orElseThrow(() -> new NoStatusException(subject));
	}

	/**
	 * Evaluates a subject and answers the outcome of every subject the rules gave a status in the same session,
	 * e.g. each company of a district ranked together.
	 */
	public Map<String, RuleOutcome> evaluateTogether(Ruleset ruleset, Subject subject, Dataset facts) {
		Map<String, RuleOutcome> outcomes = run(ruleset, subject, facts).outcomes();
		if (!outcomes.containsKey(subject.id())) {
			throw new NoStatusException(subject);
		}
		return outcomes;
	}

	/**
	 * The outcome of every subject the rules gave a status in one session over the facts, whether or not the
	 * session's subject got one: a batch evaluates a whole district this way.
	 */
	public Map<String, RuleOutcome> evaluateAll(Ruleset ruleset, Subject subject, Dataset facts) {
		return run(ruleset, subject, facts).outcomes();
	}

	private Session run(Ruleset ruleset, Subject subject, Dataset facts) {
		Outcome outcome = new Outcome();
		Tracer tracer = new Tracer(outcome);
		KieSession session = ruleset.kieBase().newKieSession();
		try {
			if (declaresOutcome(ruleset)) {
				session.setGlobal(OUTCOME_GLOBAL, outcome);
			}
			session.addEventListener(tracer);
			session.insert(subject);
			facts.all().forEach(session::insert);
			int fired = session.fireAllRules(this.maxFirings);
			if (fired >= this.maxFirings) {
				throw new RunawayRulesException(this.maxFirings, tracer.mostFired());
			}
		}
		finally {
			session.dispose();
		}
		return new Session(outcome.results(), tracer.firings());
	}

	private static boolean declaresOutcome(Ruleset ruleset) {
		return ruleset.kieBase()
			.getKiePackages()
			.stream()
			.flatMap((p) -> p.getGlobalVariables().stream())
			.anyMatch((global) -> global.getName().equals(OUTCOME_GLOBAL));
	}

	/**
	 * What one session concluded: the results grouped by subject, and each subject's trace, which holds the firings
	 * that wrote a result about it or matched one of its records, numbered again from 1.
	 */
	private record Session(List<Result> results, List<Firing> firings) {

		Map<String, RuleOutcome> outcomes() {
			Map<String, List<Result>> bySubject = new LinkedHashMap<>();
			this.results.forEach((r) -> bySubject.computeIfAbsent(r.subjectId(), (id) -> new ArrayList<>()).add(r));
			Map<String, List<Firing>> firingsBySubject = new HashMap<>();
			this.firings.forEach((f) -> f.subjects()
				.forEach((id) -> firingsBySubject.computeIfAbsent(id, (k) -> new ArrayList<>()).add(f)));
			Map<String, RuleOutcome> outcomes = new TreeMap<>();
			bySubject.forEach((id, results) -> outcome(results, firingsBySubject.getOrDefault(id, List.of()))
				.ifPresent((o) -> outcomes.put(id, o)));
			return outcomes;
		}

		/** The last status (and the last rank) given counts; a subject without a status has no outcome. */
		private static Optional<RuleOutcome> outcome(List<Result> results, List<Firing> firings) {
			List<Status> statuses = of(results, Status.class);
			if (statuses.isEmpty()) {
				return Optional.empty();
			}
			List<ScoreLine> lines = of(results, ScoreLine.class);
			BigDecimal total = lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
			List<Rank> ranks = of(results, Rank.class);
			Integer rank = ranks.isEmpty() ? null : ranks.get(ranks.size() - 1).rank();
			List<TraceEntry> trace = new ArrayList<>(firings.size());
			firings.forEach((f) -> trace.add(new TraceEntry(trace.size() + 1, f.rule(), f.code(), f.facts())));
			return Optional.of(new RuleOutcome(statuses.get(statuses.size() - 1), total, rank, lines,
					of(results, GateResult.class).stream().sorted(Comparator.comparing(GateResult::code)).toList(),
					of(results, Finding.class), of(results, ProposedDeduction.class), of(results, Award.class),
					List.copyOf(trace)));
		}

		private static <T> List<T> of(List<Result> results, Class<T> type) {
			return results.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	/** One rule firing: the rule, the ids of the stored facts it matched, and the subjects it concerns. */
	private record Firing(String rule, String code, List<String> facts, Set<String> subjects) {
	}

	/**
	 * Tells the collector which rule fires, and records each firing with the subjects it concerns: those it wrote
	 * results about, the subjects it matched and the owners of the records it matched.
	 */
	private static final class Tracer extends DefaultAgendaEventListener {

		private final Outcome outcome;

		private final List<Firing> firings = new ArrayList<>();

		/** Each rule's metadata, read once per session rather than twice per firing. */
		private final Map<Rule, RuleInfo> rules = new IdentityHashMap<>();

		private int resultsBefore;

		Tracer(Outcome outcome) {
			this.outcome = outcome;
		}

		List<Firing> firings() {
			return List.copyOf(this.firings);
		}

		String mostFired() {
			Map<String, Long> counts = this.firings.stream()
				.collect(Collectors.groupingBy(Firing::rule, Collectors.counting()));
			return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
		}

		@Override
		public void beforeMatchFired(BeforeMatchFiredEvent event) {
			this.outcome.firing(this.rules.computeIfAbsent(event.getMatch().getRule(), RuleInfo::of));
			this.resultsBefore = this.outcome.results().size();
		}

		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			RuleInfo rule = this.rules.computeIfAbsent(event.getMatch().getRule(), RuleInfo::of);
			List<String> ids = new ArrayList<>();
			Set<String> subjects = new LinkedHashSet<>();
			for (Object matched : event.getMatch().getObjects()) {
				if (matched instanceof Fact fact) {
					ids.add(fact.id());
					subjects.add(fact.id());
					subjects.addAll(fact.owners());
				}
			}
			List<Result> results = this.outcome.results();
			results.subList(this.resultsBefore, results.size()).forEach((r) -> subjects.add(r.subjectId()));
			this.firings.add(new Firing(rule.name(), rule.code(), List.copyOf(ids), subjects));
		}

	}

}
