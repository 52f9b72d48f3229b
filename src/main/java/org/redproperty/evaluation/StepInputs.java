package org.redproperty.evaluation;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.redproperty.ruleset.Phase;
import org.redproperty.ruleset.Ruleset;

/**
 * Which kinds of fact the rules of one step read, so that a session gets only those: the second step over a whole
 * district reads the tree, companies, committees and indicators and the first step's results, not the tens of
 * thousands of activity records, which would otherwise each be matched against every first-step rule for nothing.
 * Read once per compiled ruleset from the patterns of its rules.
 */
final class StepInputs {

	private final Map<KieBase, Map<Phase.Step, Set<Class<?>>>> read = Collections.synchronizedMap(new WeakHashMap<>());

	private final Map<Class<?>, Map<Set<Class<?>>, Boolean>> accepts = new ConcurrentHashMap<>();

	/** Whether a rule of the step has a pattern the object would match. */
	boolean needed(Ruleset ruleset, Phase.Step step, Object fact) {
		Set<Class<?>> types = typesRead(ruleset, step);
		return this.accepts.computeIfAbsent(fact.getClass(), (k) -> new ConcurrentHashMap<>())
			.computeIfAbsent(types, (t) -> t.stream().anyMatch((type) -> type.isInstance(fact)));
	}

	private Set<Class<?>> typesRead(Ruleset ruleset, Phase.Step step) {
		return this.read.computeIfAbsent(ruleset.kieBase(), (kieBase) -> new ConcurrentHashMap<>())
			.computeIfAbsent(step, (s) -> {
				List<String> phases = ruleset.manifest().phases(s).stream().map(Phase::name).toList();
				Set<Class<?>> types = new HashSet<>();
				ruleset.kieBase().getKiePackages().forEach((p) -> p.getRules().forEach((rule) -> {
					if (phases.contains(agendaGroup(rule))) {
						collect(((RuleImpl) rule).getLhs(), types);
					}
				}));
				return Set.copyOf(types);
			});
	}

	private static String agendaGroup(Rule rule) {
		return ((RuleImpl) rule).getAgendaGroup();
	}

	private static void collect(RuleConditionElement element, Set<Class<?>> types) {
		if (element instanceof Pattern pattern) {
			if (pattern.getObjectType() instanceof ClassObjectType type) {
				types.add(type.getClassType());
			}
			if (pattern.getSource() != null) {
				collect(pattern.getSource(), types);
			}
		}
		for (RuleConditionElement nested : element.getNestedElements()) {
			if (nested != element) {
				collect(nested, types);
			}
		}
	}

}
