package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What differs between two outcomes of one subject: gates whose result changed, rules that fired in one only. */
public final class Differences {

	private Differences() {
	}

	/** The gates passed in one outcome and failed (or absent) in the other, in code order. */
	public static List<WhatIfReport.GateChange> gates(List<GateResult> before, List<GateResult> after) {
		Map<String, GateResult> old = byCode(before);
		Map<String, GateResult> now = byCode(after);
		Set<String> codes = new TreeSet<>(old.keySet());
		codes.addAll(now.keySet());
		List<WhatIfReport.GateChange> changes = new ArrayList<>();
		for (String code : codes) {
			GateResult o = old.get(code);
			GateResult n = now.get(code);
			Boolean oldPassed = (o != null) ? o.passed() : null;
			Boolean newPassed = (n != null) ? n.passed() : null;
			if (!Objects.equals(oldPassed, newPassed)) {
				changes.add(new WhatIfReport.GateChange(code, oldPassed, newPassed, (o != null) ? o.reason() : null,
						(n != null) ? n.reason() : null));
			}
		}
		return changes;
	}

	/** The rule codes that fired in the first trace and not in the second, in code order. */
	public static List<String> firedOnlyIn(List<TraceEntry> one, List<TraceEntry> other) {
		Set<String> others = other.stream().map(TraceEntry::code).collect(Collectors.toSet());
		return one.stream().map(TraceEntry::code).filter((code) -> !others.contains(code)).distinct().sorted().toList();
	}

	private static Map<String, GateResult> byCode(List<GateResult> gates) {
		return gates.stream().collect(Collectors.toMap(GateResult::code, Function.identity(), (a, b) -> b));
	}

}
