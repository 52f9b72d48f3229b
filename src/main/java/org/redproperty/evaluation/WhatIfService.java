package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.redproperty.facts.Community;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetError;
import org.redproperty.ruleset.Rulesets;
import org.redproperty.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates every subject in scope under the active ruleset and under a draft, over the stored facts, and reports
 * the differences. Nothing is stored.
 */
@Service
public class WhatIfService {

	private final Rulesets rulesets;

	private final FactStore facts;

	private final RuleEngine engine;

	WhatIfService(Rulesets rulesets, FactStore facts, EvaluationProperties properties) {
		this.rulesets = rulesets;
		this.facts = facts;
		this.engine = new RuleEngine(properties.maxFirings());
	}

	@Transactional(readOnly = true)
	public WhatIfReport compare(WhatIfRequest request) {
		Ruleset active = this.rulesets.find(request.scheme(), request.year())
			.orElseThrow(() -> ApiException.notFound("RULESET_NOT_FOUND",
					"没有在用的规则集 " + request.scheme() + "/" + request.year() + "，无从比较"));
		LoadedRuleset draft = this.rulesets.compileDraft(request.scheme(), request.year(), request.draft().rulesetFiles());
		if (!draft.active()) {
			throw new InvalidDraftException(draft.errors());
		}
		Dataset scope = (request.districtId() != null) ? this.facts.scope(SubjectType.DISTRICT, request.districtId())
				: null;
		if (request.districtId() != null && scope.districts().isEmpty()) {
			throw ApiException.notFound("SUBJECT_NOT_FOUND", "区「" + request.districtId() + "」不存在");
		}
		List<Subject> subjects = subjects(request, active, draft.ruleset(), scope);
		List<WhatIfReport.Change> changes = new ArrayList<>();
		for (Subject subject : subjects) {
			Dataset seen = this.facts.scope(subject.type(), subject.id()).asOf(request.asOf());
			WhatIfReport.Change change = change(subject, active, draft.ruleset(), seen);
			if (change != null) {
				changes.add(change);
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
				draft.hash(), subjects.size(), changes, transitions, testFailures);
	}

	private WhatIfReport.Change change(Subject subject, Ruleset active, Ruleset draft, Dataset seen) {
		RuleOutcome before;
		try {
			before = this.engine.evaluate(active, subject, seen);
		}
		catch (RuntimeException ex) {
			return failed(subject, "在用规则集评价失败：" + ex.getMessage());
		}
		RuleOutcome after;
		try {
			after = this.engine.evaluate(draft, subject, seen);
		}
		catch (RuntimeException ex) {
			return failed(subject, "草案评价失败：" + ex.getMessage());
		}
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

	private List<Subject> subjects(WhatIfRequest request, Ruleset active, Ruleset draft, Dataset scope) {
		List<Subject> subjects = new ArrayList<>();
		for (SubjectType type : List.of(SubjectType.PROJECT, SubjectType.COMMUNITY, SubjectType.STREET,
				SubjectType.DISTRICT)) {
			if (!active.manifest().covers(type) && !draft.manifest().covers(type)) {
				continue;
			}
			List<? extends Fact> ofType = switch (type) {
				case PROJECT -> (scope != null) ? scope.projects() : this.facts.all(Project.class);
				case COMMUNITY -> (scope != null) ? scope.communities() : this.facts.all(Community.class);
				case STREET -> (scope != null) ? scope.streets() : this.facts.all(Street.class);
				case DISTRICT -> (scope != null) ? scope.districts() : this.facts.all(District.class);
				default -> List.of();
			};
			ofType.forEach((fact) -> subjects.add(new Subject(request.scheme(), request.year(), type, fact.id(),
					request.asOf())));
		}
		return subjects;
	}

}
