package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetError;
import org.redproperty.ruleset.Rulesets;
import org.redproperty.web.ApiException;

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

	/** The order subjects are listed in: projects, then the tree above them, then companies. */
	private static final List<SubjectType> ORDER = List.of(SubjectType.PROJECT, SubjectType.COMMUNITY,
			SubjectType.STREET, SubjectType.DISTRICT, SubjectType.COMPANY);

	private final RuleEngine engine;

	private final EvaluationProperties limits;

	WhatIfService(Rulesets rulesets, FactStore facts, EvaluationProperties properties) {
		this.rulesets = rulesets;
		this.facts = facts;
		this.engine = new RuleEngine(properties.maxFirings());
		this.limits = properties;
	}

	@Transactional(readOnly = true)
	public WhatIfReport compare(WhatIfRequest request) {
		Ruleset active = this.rulesets.latestActive(request.scheme(), request.year())
			.orElseThrow(() -> ApiException.notFound("RULESET_NOT_FOUND",
					"没有在用的规则集 " + request.scheme() + "/" + request.year() + "，无从比较"));
		LoadedRuleset draft = this.rulesets.compileDraft(request.scheme(), request.year(),
				this.rulesets.draft(request.scheme(), request.year(), request.draft()).files());
		if (!draft.active()) {
			throw new InvalidDraftException(draft.errors());
		}
		List<String> districts = (request.districtId() != null) ? List.of(request.districtId())
				: this.facts.all(District.class).stream().map(District::id).toList();
		if (request.districtId() != null && this.facts.find(District.class, request.districtId()).isEmpty()) {
			throw ApiException.notFound("SUBJECT_NOT_FOUND", "区「" + request.districtId() + "」不存在");
		}
		Set<SubjectType> covered = EnumSet.noneOf(SubjectType.class);
		covered.addAll(active.manifest().subjectTypes());
		covered.addAll(draft.ruleset().manifest().subjectTypes());
		List<WhatIfReport.Change> changes = new ArrayList<>();
		int evaluated = 0;
		for (String district : districts) {
			Dataset seen = this.facts.scope(SubjectType.DISTRICT, district).asOf(request.asOf());
			List<Subject> subjects = new ArrayList<>();
			for (SubjectType type : ORDER) {
				if (covered.contains(type)) {
					seen.ofType(type).forEach((fact) -> subjects.add(new Subject(request.scheme(), request.year(), type,
							fact.id(), request.asOf())));
				}
			}
			evaluated += subjects.size();
			Subject session = new Subject(request.scheme(), request.year(), SubjectType.DISTRICT, district,
					request.asOf());
			Map<String, RuleOutcome> before = together(active, session, seen, subjects.size());
			Map<String, RuleOutcome> after = together(draft.ruleset(), session, seen, subjects.size());
			for (Subject subject : subjects) {
				WhatIfReport.Change change = (before != null && after != null)
						? change(subject, before.get(subject.id()), after.get(subject.id()))
						: change(subject, active, draft.ruleset());
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
				draft.hash(), evaluated, changes, transitions, testFailures, active.identity());
	}

	/**
	 * The whole district in one session under one ruleset, as a batch job evaluates it (so that rankings and
	 * honours see all their subjects); null when that session fails, and its subjects are compared one by one.
	 */
	private Map<String, RuleOutcome> together(Ruleset ruleset, Subject session, Dataset seen, int subjects) {
		try {
			return this.limits.engineFor(subjects).evaluateAll(ruleset, session, seen);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** One subject alone, on its own facts, under both rulesets: for a district whose session failed. */
	private WhatIfReport.Change change(Subject subject, Ruleset active, Ruleset draft) {
		Dataset seen = this.facts.scope(subject.type(), subject.id()).asOf(subject.asOf());
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
		return change(subject, before, after);
	}

	private WhatIfReport.Change change(Subject subject, RuleOutcome before, RuleOutcome after) {
		if (before == null || after == null) {
			return failed(subject, ((before == null) ? "在用规则集" : "草案") + "没有给出这个对象的状态");
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

}
