package org.redproperty.rules.hongqi365;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.ACCEPTANCE;

/** Each gate of the 2023 rules carries its DOMAIN §4 code and the clause of 川综执字〔2023〕68号 it implements. */
class ClausesRulesTests {

	private static final String DOC = "川综执字〔2023〕68号 ";

	@Test
	void projectGatesCiteTheirClauses() {
		RuleOutcome outcome = Hongqi365Rules.project("P1", world().fiveStarProject("P1", "C1"));

		assertThat(clauses(outcome)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
				"HQ-ACT-MIN", DOC + "二.2",
				"HQ-NOM", DOC + "二.1、附件1",
				"HQ-ORG-COMMITTEE", DOC + "附件1、二.2",
				"HQ-ORG-COMMITTEE-PARTY", DOC + "二.2 共商共建机制",
				"HQ-ORG-COMPANY-PARTY", DOC + "二.2、三(一)2",
				"HQ-ORG-PROJECT", DOC + "附件1、三(一)",
				"HQ-SAFE-DQ", DOC + "三(四)3")));
	}

	@Test
	void honourGatesCiteTheirClause() {
		assertThat(clauses(Hongqi365Rules.evaluate(SubjectType.STREET, "S1", ACCEPTANCE,
				world().fiveStarProject("P1", "C1"))))
			.containsExactlyEntriesOf(Map.of("HQ-RED-POSITION-RATE", DOC + "二.3"));
		assertThat(clauses(Hongqi365Rules.evaluate(SubjectType.COMMUNITY, "C1", ACCEPTANCE,
				world().fiveStarProject("P1", "C1"))))
			.containsExactlyEntriesOf(Map.of("HQ-RED-VANGUARD-RATE", DOC + "二.3"));
	}

	@Test
	void districtGatesCiteTheirClauses() {
		RuleOutcome outcome = Hongqi365Rules.evaluate(SubjectType.DISTRICT, "D1", ACCEPTANCE,
				world().fiveStarProject("P1", "C1"));

		assertThat(clauses(outcome)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
				"HQ-T-COMMITTEE", DOC + "一(二)",
				"HQ-T-COMMITTEE-PARTY", DOC + "一(二)",
				"HQ-T-COMPANY-PARTY", DOC + "一(二)、三(一)2",
				"HQ-T-NO-EMPTY", DOC + "三(一)2",
				"HQ-T-PROFESSIONAL", DOC + "一(二)",
				"HQ-T-SMART-COMPANY-USAGE", DOC + "三(二)3",
				"HQ-T-SMART-RESIDENT-REGISTRATION", DOC + "三(二)3")));
		assertThat(outcome.status().value()).as("no smart-property indicator reported").isEqualTo("TARGETS_MISSED");
	}

	private static Map<String, String> clauses(RuleOutcome outcome) {
		Map<String, String> clauses = new TreeMap<>();
		for (GateResult gate : outcome.gates()) {
			assertThat(clauses.put(gate.code(), gate.clause())).as("one gate per code: %s", gate.code()).isNull();
		}
		return clauses;
	}

}
