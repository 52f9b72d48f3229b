package org.redproperty.rules.gold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.redproperty.facts.Assessment;
import org.redproperty.facts.AssessmentLevel;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.District;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.Survey;
import org.redproperty.rules.Facts;

/** A district D1 (street S1, community C1) and a second district D2, with companies built to pass every rule. */
final class GoldWorld {

	static final LocalDate AS_OF = LocalDate.of(2019, 12, 20);

	static final PartyOrgChecklist COMPLETE = new PartyOrgChecklist(true, true, true, true, true, true);

	private GoldWorld() {
	}

	static Facts districts() {
		return new Facts().add(new District("D1", "试验区"), new Street("S1", "D1", "试验街道"),
				new Community("C1", "S1", "试验社区"), new District("D2", "邻区"), new Street("S2", "D2", "邻区街道"),
				new Community("C2", "S2", "邻区社区"));
	}

	/** A company serving one project in community C1 that passes everything, scored 90 by street and district. */
	static Facts good(Facts facts, String id) {
		return scored(facts, id, "90", "90");
	}

	static Facts scored(Facts facts, String id, String street, String district) {
		facts.add(company(id, PartyOrg.INDEPENDENT, COMPLETE, LocalDate.of(2017, 1, 1)),
				new Project("P-" + id, id + "小区", "C1", id, "经理", true, true, 300, new BigDecimal("0.9"),
						LocalDate.of(2018, 1, 1), null),
				survey("SV-" + id, id, 100, "90", "2019-09-01"));
		if (street != null) {
			facts.add(assessment("AS-" + id, id, AssessmentLevel.STREET, street, "2019-10-01"));
		}
		if (district != null) {
			facts.add(assessment("AD-" + id, id, AssessmentLevel.DISTRICT, district, "2019-11-01"));
		}
		return facts;
	}

	static Company company(String id, PartyOrg org, PartyOrgChecklist checklist, LocalDate firstService) {
		return new Company(id, id + "物业", "91350100M000100Y43", 40, 5, org, LocalDate.of(2016, 1, 1), checklist,
				firstService);
	}

	static Survey survey(String id, String company, int respondents, String average, String date) {
		return new Survey(id, company, LocalDate.parse(date), respondents, new BigDecimal(average));
	}

	/** An assessment whose five dimensions add up to {@code total}: four equal fifths, the rest in the fifth. */
	static Assessment assessment(String id, String company, AssessmentLevel level, String total, String date) {
		BigDecimal sum = new BigDecimal(total);
		BigDecimal fifth = sum.divide(BigDecimal.valueOf(5), 2, RoundingMode.DOWN);
		BigDecimal last = sum.subtract(fifth.multiply(BigDecimal.valueOf(4)));
		return new Assessment(id, company, level, LocalDate.parse(date), fifth, fifth, fifth, fifth, last);
	}

	static Incident incident(String id, String company, IncidentType type, String date) {
		return new Incident(id, null, company, LocalDate.parse(date), type, "事件" + id, null, null, null);
	}

}
