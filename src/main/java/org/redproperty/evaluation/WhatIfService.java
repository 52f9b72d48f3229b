package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.redproperty.common.Caller;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetError;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates every subject in scope under the active ruleset and under a draft, over the stored facts, district by
 * district in one session each as a batch job does, and reports the differences. Nothing is stored.
 */
@Service
public class WhatIfService {

	private final Rulesets rulesets;

	private final FactStore facts;

	private final Evaluator evaluator;

	WhatIfService(Rulesets rulesets, FactStore facts, Evaluator evaluator) {
		this.rulesets = rulesets;
		this.facts = facts;
		this.evaluator = evaluator;
	}

	@Transactional(readOnly = true)
	public WhatIfReport compare(WhatIfRequest request) {
		Ruleset active = this.rulesets.latestActive(request.scheme(), request.year())
			.orElseThrow(() -> EvaluationException.notFound("RULESET_NOT_FOUND",
					"没有在用的规则集 " + request.scheme() + "/" + request.year() + "，无从比较"));
		LoadedRuleset draft = this.rulesets.compileDraft(request.scheme(), request.year(),
				this.rulesets.draft(request.scheme(), request.year(), request.draft()).files());
		if (!draft.active()) {
			throw new InvalidDraftException(draft.errors());
		}
		Periods.of(draft.ruleset().manifest(), request.period());
		Periods.of(active.manifest(), request.period());
		// A caller limited to one district compares that district only.
		String only = (request.districtId() != null) ? request.districtId() : Caller.district().orElse(null);
		List<String> districts = (only != null) ? List.of(only)
				: this.facts.all(District.class).stream().map(District::id).toList();
		if (only != null && (this.facts.find(District.class, only).isEmpty() || !Caller.sees(only))) {
			throw EvaluationException.notFound("SUBJECT_NOT_FOUND", "区「" + request.districtId() + "」不存在");
		}
		List<WhatIfReport.Change> changes = new ArrayList<>();
		// The active rulesets the draft requires, even where no subject is evaluated; those they require come with
		// the outcomes.
		List<RequiredRuleset> required = new ArrayList<>();
		for (org.redproperty.ruleset.Requirement requirement : draft.ruleset().manifest().requires()) {
			this.rulesets.find(requirement.scheme(), requirement.year())
				.ifPresent((found) -> required.add(new RequiredRuleset(requirement.scheme(), requirement.year(),
						requirement.periods().stream().map(Enum::name).toList(), found.hash())));
		}
		int evaluated = 0;
		for (String district : districts) {
			Dataset stored = this.facts.scope(SubjectType.DISTRICT, district);
			Map<String, SubjectResult> before = bySubject(
					this.evaluator.evaluate(active, Scope.district(district), request.asOf(), request.period(), stored));
			Map<String, SubjectResult> after = bySubject(
					this.evaluator.evaluate(draft.ruleset(), Scope.district(district), request.asOf(), request.period(),
							stored));
			for (Map<String, SubjectResult> side : List.of(before, after)) {
				side.values().stream().filter(SubjectResult::succeeded)
					.forEach((r) -> required.addAll(r.outcome().requiredRulesets()));
			}
			List<Subject> subjects = new ArrayList<>();
			before.values().forEach((r) -> subjects.add(r.subject()));
			after.values()
				.stream()
				.filter((r) -> !before.containsKey(key(r.subject())))
				.forEach((r) -> subjects.add(r.subject()));
			subjects.sort(Scope.SUBJECT_ORDER);
			evaluated += subjects.size();
			for (Subject subject : subjects) {
				WhatIfReport.Change change = change(subject, before.get(key(subject)), after.get(key(subject)));
				if (change != null) {
					changes.add(change);
				}
			}
		}
		Map<String, Long> counts = changes.stream()
			.collect(Collectors.groupingBy((c) -> c.oldStatus() + "→" + c.newStatus(), LinkedHashMap::new,
					Collectors.counting()));
		List<WhatIfReport.Transition> transitions = changes.stream()
			.filter((c) -> !Objects.equals(c.oldStatus(), c.newStatus()))
			.map((c) -> c.oldStatus() + "→" + c.newStatus())
			.distinct()
			.map((key) -> new WhatIfReport.Transition(key.substring(0, key.indexOf('→')),
					key.substring(key.indexOf('→') + 1), counts.get(key).intValue()))
			.toList();
		List<RulesetError> testFailures = this.rulesets.test(draft.ruleset());
		return new WhatIfReport(request.scheme(), request.year(), request.asOf(), request.districtId(), active.hash(),
				draft.hash(), evaluated, changes, transitions, testFailures, active.identity(), request.period(),
				RequiredRuleset.merged(required));
	}

	private static Map<String, SubjectResult> bySubject(List<SubjectResult> results) {
		Map<String, SubjectResult> map = new LinkedHashMap<>();
		results.forEach((result) -> map.put(key(result.subject()), result));
		return map;
	}

	private static String key(Subject subject) {
		return subject.type() + "/" + subject.id();
	}

	/** The change of one subject between the active ruleset and the draft, or null when nothing changed. */
	private WhatIfReport.Change change(Subject subject, SubjectResult before, SubjectResult after) {
		if (before == null || !before.succeeded()) {
			return failed(subject, "在用规则集" + ((before == null) ? "不评价这个对象" : "评价失败：" + before.failure().message()));
		}
		if (after == null || !after.succeeded()) {
			return failed(subject, "草案" + ((after == null) ? "不评价这个对象" : "评价失败：" + after.failure().message()));
		}
		return change(subject, before.outcome(), after.outcome());
	}

	private WhatIfReport.Change change(Subject subject, RuleOutcome before, RuleOutcome after) {
		List<WhatIfReport.GateChange> gates = Differences.gates(before.gates(), after.gates());
		boolean same = before.status().value().equals(after.status().value())
				&& before.totalPoints().compareTo(after.totalPoints()) == 0 && gates.isEmpty();
		if (same) {
			return null;
		}
		return new WhatIfReport.Change(subject.type(), subject.id(), before.status().value(), after.status().value(),
				before.totalPoints(), after.totalPoints(), after.totalPoints().subtract(before.totalPoints()), gates,
				Differences.firedOnlyIn(before.trace(), after.trace()),
				Differences.firedOnlyIn(after.trace(), before.trace()), null);
	}

	private static WhatIfReport.Change failed(Subject subject, String error) {
		return new WhatIfReport.Change(subject.type(), subject.id(), null, null, null, null, null, List.of(), List.of(),
				List.of(), error);
	}

}
