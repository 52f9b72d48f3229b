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
import org.redproperty.evaluation.RuleEngine;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.RulesetFolders;

class GoldenCapture {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	record Case(String scheme, int year, String fixture, List<String> asOfs) {
	}

	@Test
	void capture() throws Exception {
		List<Case> cases = List.of(new Case("hongqi365", 2023, "fixtures/demo-zichuan.json", List.of("2023-06-30", "2023-11-30", "2023-12-31")),
				new Case("gold-red-property", 2019, "fixtures/gold-red-property-2019.json", List.of("2019-12-20", "2019-06-30")),
				new Case("zhuzhou-demo", 2023, "fixtures/zhuzhou-demo-2023.json", List.of("2023-06-30", "2023-11-30")));
		Map<String, Object> all = new TreeMap<>();
		RuleEngine engine = new RuleEngine(1_000_000);
		for (Case c : cases) {
			LoadedRuleset loaded = new RulesetFolders().load(Path.of("rules"), Path.of("rules/" + c.scheme() + "/" + c.year()));
			Dataset facts = JSON.readValue(new File(c.fixture()), Dataset.class);
			for (String date : c.asOfs()) {
				LocalDate asOf = LocalDate.parse(date);
				Dataset seen = facts.asOf(asOf);
				for (var d : facts.districts()) {
					Map<String, RuleOutcome> together = engine.evaluateAll(loaded.ruleset(),
							new Subject(c.scheme(), c.year(), SubjectType.DISTRICT, d.id(), asOf), seen);
					together.forEach((id, o) -> all.put(c.scheme() + "/" + date + "/batch/" + id, summary(o)));
				}
				for (SubjectType type : loaded.ruleset().manifest().subjectTypes()) {
					for (Fact f : seen.ofType(type)) {
						RuleOutcome o = engine.evaluate(loaded.ruleset(), new Subject(c.scheme(), c.year(), type, f.id(), asOf), seen);
						all.put(c.scheme() + "/" + date + "/single/" + f.id(), summary(o));
					}
				}
			}
		}
		Files.writeString(Path.of(System.getProperty("golden.out", "target/golden.json")), JSON.writeValueAsString(all));
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
