package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.RulesetError;
import org.redproperty.ruleset.RulesetIdentity;

/**
 * What a draft would change: per subject whose outcome differs, old and new status, the points delta, the gates
 * whose result changed and the rule codes that fired under one ruleset only; and counts by status transition.
 * {@code comparedWith} is the active version compared with: that year's, else the scheme's latest active year.
 * {@code requiredRulesets} are the active rulesets that both were evaluated on because their manifests require
 * them (transitively), with the content hash of each.
 */
public record WhatIfReport(String scheme, int year, LocalDate asOf, String districtId, String activeHash,
		String draftHash, int evaluated, List<Change> changes, List<Transition> transitions,
		List<RulesetError> draftTestFailures, RulesetIdentity comparedWith,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String period,
		List<RequiredRuleset> requiredRulesets) {

	public record Change(SubjectType subjectType, String subjectId, String oldStatus, String newStatus,
			BigDecimal oldPoints, BigDecimal newPoints, BigDecimal pointsDelta, List<GateChange> gates,
			List<String> firedOnlyInActive, List<String> firedOnlyInDraft, String error) {
	}

	public record GateChange(String code, Boolean oldPassed, Boolean newPassed, String oldReason, String newReason) {
	}

	public record Transition(String from, String to, int count) {
	}

}
