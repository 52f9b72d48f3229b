package org.redproperty.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.redproperty.facts.Fact;
import org.redproperty.ruleset.Parameters;
import org.redproperty.ruleset.Phase;
import org.redproperty.ruleset.RuleInfo;
import org.redproperty.ruleset.Ruleset;

/**
 * One rule session: a fresh session of the ruleset's KieBase gets the facts, fires the given phases in order (each
 * an agenda group, fired until it has nothing left to do) and is disposed. What the rules wrote through the
 * collector and every firing come back; a session that fires {@code maxFirings} rules is stopped as runaway, one
 * still firing at its deadline is halted ({@link KieSession#halt()}) before the next firing and fails as timed out,
 * naming the rule it was running, and one that runs out of memory fails naming the rule, if any, that was firing.
 * The engine can only stop between firings: what could keep one firing or one condition busy for ever (loops,
 * recursion, regular expressions, unbounded text and numbers) is refused by the safety lint of the ruleset.
 */
final class Session {

	/** The globals each compiled ruleset declares, read once rather than at every session. */
	private static final Map<org.kie.api.KieBase, Set<String>> GLOBALS = java.util.Collections
		.synchronizedMap(new java.util.WeakHashMap<>());

	/** The global through which rules write their results. */
	static final String OUTCOME_GLOBAL = "outcome";

	private Session() {
	}

	/**
	 * @param deadline the {@link System#nanoTime()} by which the session must have finished
	 * @param limit the time the deadline allows, for the message
	 */
	static Concluded run(Ruleset ruleset, List<Phase> phases, List<Object> facts, int maxFirings, long deadline,
			Duration limit) {
		Outcome outcome = new Outcome();
		KieSession session = ruleset.kieBase().newKieSession();
		Tracer tracer = new Tracer(outcome, ruleset.manifest().document(), session, deadline);
		try {
			if (declares(ruleset, OUTCOME_GLOBAL)) {
				session.setGlobal(OUTCOME_GLOBAL, outcome);
			}
			if (declares(ruleset, Parameters.GLOBAL)) {
				session.setGlobal(Parameters.GLOBAL, ruleset.parameters());
			}
			session.addEventListener(tracer);
			facts.forEach(session::insert);
			int fired = 0;
			for (Phase phase : phases) {
				session.getAgenda().getAgendaGroup(phase.name()).setFocus();
				fired += session.fireAllRules(maxFirings - fired);
				if (tracer.halted() || System.nanoTime() - deadline > 0) {
					throw new RulesTimeoutException(limit, tracer.last());
				}
				if (fired >= maxFirings) {
					throw new RunawayRulesException(maxFirings, tracer.mostFired());
				}
			}
		}
		catch (OutOfMemoryError ex) {
			// The session's facts and matches are garbage once it is left: the service goes on, the subject fails.
			throw new RulesOutOfMemoryException(tracer.running());
		}
		catch (StackOverflowError ex) {
			throw new IllegalStateException("规则的调用层次过深（栈溢出）"
					+ ((tracer.running() != null) ? "，当时正在执行的规则是「" + tracer.running() + "」" : ""));
		}
		finally {
			session.dispose();
		}
		return new Concluded(List.copyOf(outcome.results()), tracer.firings());
	}

	private static boolean declares(Ruleset ruleset, String global) {
		return GLOBALS.computeIfAbsent(ruleset.kieBase(), (kieBase) -> kieBase.getKiePackages()
			.stream()
			.flatMap((p) -> p.getGlobalVariables().stream())
			.map(org.kie.api.definition.rule.Global::getName)
			.collect(Collectors.toUnmodifiableSet())).contains(global);
	}

	/** What one session concluded: the results the rules wrote, and the firings in order. */
	record Concluded(List<Result> results, List<Firing> firings) {
	}

	/** One rule firing: the rule, the ids of the stored facts it matched, and the subjects it concerns. */
	record Firing(String rule, String code, List<String> facts, Set<String> subjects) {
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

		private final String document;

		private final KieSession session;

		private final long deadline;

		private int resultsBefore;

		/** The rule whose consequence is running, null between firings. */
		private String running;

		/** The rule that fired last. */
		private String last;

		private boolean halted;

		Tracer(Outcome outcome, String document, KieSession session, long deadline) {
			this.outcome = outcome;
			this.document = document;
			this.session = session;
			this.deadline = deadline;
		}

		String running() {
			return this.running;
		}

		String last() {
			return this.last;
		}

		boolean halted() {
			return this.halted;
		}

		private RuleInfo info(Rule rule) {
			return this.rules.computeIfAbsent(rule, (r) -> RuleInfo.of(r, this.document));
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
			RuleInfo rule = info(event.getMatch().getRule());
			this.running = rule.name();
			this.last = rule.name();
			this.outcome.firing(rule);
			this.resultsBefore = this.outcome.results().size();
		}

		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			RuleInfo rule = info(event.getMatch().getRule());
			List<String> ids = new ArrayList<>();
			Set<String> subjects = new LinkedHashSet<>();
			for (Object matched : event.getMatch().getObjects()) {
				if (matched instanceof Fact fact) {
					ids.add(fact.id());
					subjects.add(fact.id());
					subjects.addAll(fact.owners());
				}
				else if (matched instanceof Subject subject) {
					subjects.add(subject.id());
				}
			}
			List<Result> results = this.outcome.results();
			results.subList(this.resultsBefore, results.size()).forEach((r) -> subjects.add(r.subjectId()));
			this.firings.add(new Firing(rule.name(), rule.code(), List.copyOf(ids), subjects));
			this.running = null;
			if (!this.halted && System.nanoTime() - this.deadline > 0) {
				this.halted = true;
				this.session.halt();
			}
		}

	}

}
