package org.redproperty.rules;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.Scope;
import org.redproperty.support.TestRules;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every outcome of the three demo fixtures (each district re-scored as a batch does, and every subject evaluated on
 * its own, on several dates) is the same as under the rules before they were rewritten around parameters, phases
 * and the one evaluator: status, points and every score line, rank, each gate with required and actual, the codes
 * and evidence of findings, awards and proposed credit deductions. {@code src/test/resources/golden/outcomes.json}
 * was written by the rules of commit a262f75 and is never regenerated.
 */
class OutcomesUnchangedTests {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	record Case(String scheme, int year, String fixture, List<String> asOfs) {
	}

	@Test
	void everyOutcomeOfTheDemoFixturesIsAsBeforeTheRewrite() throws Exception {
		List<Case> cases = List.of(new Case("hongqi365", 2023, "fixtures/demo-zichuan.json", List.of("2023-06-30", "2023-11-30", "2023-12-31")),
				new Case("gold-red-property", 2019, "fixtures/gold-red-property-2019.json", List.of("2019-12-20", "2019-06-30")),
				new Case("zhuzhou-demo", 2023, "fixtures/zhuzhou-demo-2023.json", List.of("2023-06-30", "2023-11-30")));
		Map<String, Object> all = new TreeMap<>();
		for (Case c : cases) {
			LoadedRuleset loaded = TestRules.folders().load(Path.of("rules"), Path.of("rules/" + c.scheme() + "/" + c.year()));
			assertThat(loaded.errors()).as(c.scheme()).isEmpty();
			Dataset facts = JSON.readValue(new File(c.fixture()), Dataset.class);
			for (String date : c.asOfs()) {
				LocalDate asOf = LocalDate.parse(date);
				for (var d : facts.districts()) {
					TestRules.outcomes(TestRules.EVALUATOR.evaluate(loaded.ruleset(), Scope.district(d.id()), asOf, facts))
						.forEach((id, o) -> all.put(c.scheme() + "/" + date + "/batch/" + id, summary(o)));
				}
				for (SubjectType type : loaded.ruleset().manifest().subjectTypes()) {
					for (Fact f : facts.ofType(type)) {
						RuleOutcome o = TestRules.EVALUATOR.evaluateOne(loaded.ruleset(),
								new Subject(c.scheme(), c.year(), type, f.id(), asOf), facts);
						all.put(c.scheme() + "/" + date + "/single/" + f.id(), summary(o));
					}
				}
			}
		}
		String actual = JSON.writeValueAsString(all);
		Files.writeString(Path.of("target/outcomes-now.json"), actual);
		Map<String, Object> golden = JSON.readValue(Path.of("src/test/resources/golden/outcomes.json").toFile(),
				new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
				});
		Map<String, Object> now = JSON.readValue(actual, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
		});
		assertThat(now.keySet()).containsExactlyInAnyOrderElementsOf(golden.keySet());
		golden.forEach((key, expected) -> assertThat(now.get(key)).as(String.valueOf(key)).isEqualTo(expected));
	}

	static Map<String, Object> summary(RuleOutcome o) {
		Map<String, Object> m = new TreeMap<>();
		m.put("status", o.status().value());
		m.put("totalPoints", o.totalPoints().stripTrailingZeros().toPlainString());
		m.put("rank", o.rank());
		Map<String, Object> gates = new TreeMap<>();
		o.gates().forEach((g) -> gates.put(g.code(), g.passed() + " " + g.required().stripTrailingZeros().toPlainString() + " " + g.actual().stripTrailingZeros().toPlainString()));
		m.put("gates", gates);
		List<String> findings = new ArrayList<>();
		o.findings().forEach((f) -> findings.add(f.code() + " " + f.severity() + " " + String.join(",", f.evidence())));
		findings.sort(null);
		m.put("findings", findings);
		List<String> awards = new ArrayList<>();
		o.awards().forEach((a) -> awards.add(a.code() + " " + a.name() + " " + a.holder()));
		m.put("awards", awards);
		List<String> deductions = new ArrayList<>();
		o.creditDeductions().forEach((d) -> deductions.add(d.code() + " " + d.companyId() + " " + d.points().stripTrailingZeros().toPlainString() + " " + String.join(",", d.evidence())));
		deductions.sort(null);
		m.put("deductions", deductions);
		List<String> lines = new ArrayList<>();
		o.lines().forEach((l) -> lines.add(l.code() + " " + l.points().stripTrailingZeros().toPlainString() + " " + String.join(",", l.evidence())));
		lines.sort(null);
		m.put("lines", lines);
		return m;
	}

}
