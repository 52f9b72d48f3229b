package org.redproperty.spike;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Parameter;
import org.redproperty.ruleset.ParameterType;
import org.redproperty.ruleset.Parameters;
import org.redproperty.ruleset.RulesetCompiler;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetManifest;

import static org.assertj.core.api.Assertions.assertThat;

class SpikeTests {

	@Test
	void spike() {
		String drl = """
				package rules.spike.y2023;
				import org.redproperty.facts.Incident;
				import org.redproperty.ruleset.Parameters;
				import org.redproperty.evaluation.vocabulary.Names;
				import accumulate org.redproperty.evaluation.vocabulary.Names.Function names;
				global Parameters params;
				global java.util.List log;
				rule "A"
				    agenda-group "second"
				when
				    accumulate( Incident( params.includes("safetyTypes", type), $id : id ); $ids : names( $id ) )
				then
				    log.add("second " + $ids + " " + params.integer("n"));
				end
				rule "B"
				    agenda-group "first"
				when
				    $i : Incident( params.includes("safetyTypes", type) )
				then
				    log.add("first " + $i.id());
				end
				""";
		RulesetManifest manifest = new RulesetManifest("spike", 2023, "t", List.of(SubjectType.PROJECT), null, false,
				List.of(), List.of());
		var c = new RulesetCompiler().compile(manifest, List.of(new RulesetFile("a.drl", drl)));
		assertThat(c.errors()).isEmpty();
		KieSession s = c.ruleset().kieBase().newKieSession();
		List<String> log = new ArrayList<>();
		s.setGlobal("log", log);
		s.setGlobal("params", new Parameters(List.of(
				new Parameter("safetyTypes", ParameterType.SET, "IncidentType", List.of("GAS_HAZARD"), "l", "c", 1),
				new Parameter("n", ParameterType.INTEGER, null, 5, "l", "c", 1))));
		s.insert(new Incident("I-2", "P", "C", LocalDate.now(), IncidentType.GAS_HAZARD, "", null, null, null));
		s.insert(new Incident("I-1", "P", "C", LocalDate.now(), IncidentType.GAS_HAZARD, "", null, null, null));
		s.insert(new Incident("I-3", "P", "C", LocalDate.now(), IncidentType.SAFETY_ACCIDENT, "", null, null, null));
		for (String g : List.of("first", "second")) {
			s.getAgenda().getAgendaGroup(g).setFocus();
			s.fireAllRules();
		}
		s.dispose();
		System.out.println("LOG " + log);
		assertThat(log).containsExactly("first I-1", "first I-2", "second I-1、I-2 5");
	}

}
