package org.redproperty.rules.redblack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.District;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.Inspection;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.Project;
import org.redproperty.facts.RectificationVerdict;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;

/**
 * District D1 (street S1, community C1) and a neighbour D2 for the red-black-list rules: companies that each serve
 * projects of D1, scored on site in the quarters of 2024.
 */
public final class RedBlackWorld {

	static final RulesFolder FOLDER = RulesFolder.load("red-black-list", 2024);

	/** The day after the first quarter ended: Q1 counts, Q2 does not yet. */
	public static final LocalDate AFTER_Q1 = LocalDate.of(2024, 4, 1);

	public static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

	private RedBlackWorld() {
	}

	public static Facts districts() {
		return new Facts().add(new District("D1", "试验区"), new Street("S1", "D1", "试验街道"),
				new Community("C1", "S1", "试验社区"), new District("D2", "邻区"), new Street("S2", "D2", "邻区街道"),
				new Community("C2", "S2", "邻区社区"));
	}

	/** A company {@code id} serving project {@code P-id} (100 households) in D1, inspected once in Q1 with the score. */
	public static Facts company(Facts facts, String id, String q1Score) {
		facts.add(company(id), project("P-" + id, "C1", id, 100));
		if (q1Score != null) {
			facts.add(inspection("IN-" + id + "-1", "P-" + id, "2024-02-15", q1Score));
		}
		return facts;
	}

	/** {@code count} companies R01… in D1 with Q1 scores 90, 89, 88 … (all different). */
	public static Facts ranked(int count) {
		Facts facts = districts();
		for (int i = 1; i <= count; i++) {
			company(facts, "R%02d".formatted(i), String.valueOf(91 - i));
		}
		return facts;
	}

	/** {@code count} companies R01… in D1 scored 90, 89, 88 … (all different) in every quarter of 2024. */
	public static Facts rankedEveryQuarter(int count) {
		Facts facts = ranked(count);
		for (int i = 1; i <= count; i++) {
			String id = "R%02d".formatted(i);
			for (String day : new String[] { "2024-05-15", "2024-08-15", "2024-11-15" }) {
				facts.add(inspection("IN-" + id + "-" + day, "P-" + id, day, String.valueOf(91 - i)));
			}
		}
		return facts;
	}

	public static Company company(String id) {
		return new Company(id, id + "物业", "91350100M000100Y43", 40, 5, PartyOrg.INDEPENDENT, LocalDate.of(2016, 1, 1),
				new PartyOrgChecklist(true, true, true, true, true, true), LocalDate.of(2017, 1, 1));
	}

	public static Project project(String id, String community, String company, Integer households) {
		return new Project(id, id + "小区", community, company, "经理", true, true, households, new BigDecimal("0.9"),
				LocalDate.of(2018, 1, 1), null);
	}

	public static Inspection inspection(String id, String project, String date, String score) {
		return new Inspection(id, project, LocalDate.parse(date), new BigDecimal(score), "试验街道");
	}

	public static Incident incident(String id, String project, String company, IncidentType type, String date) {
		return new Incident(id, project, company, LocalDate.parse(date), type, "事件" + id, null, null, null);
	}

	public static Incident problem(String id, String project, String company, String date, String rectifyBy,
			String rectifiedOn, RectificationVerdict verdict) {
		return new Incident(id, project, company, LocalDate.parse(date), IncidentType.FIRE_LANE_BLOCKED, "堵塞消防通道",
				(rectifyBy != null) ? LocalDate.parse(rectifyBy) : null,
				(rectifiedOn != null) ? LocalDate.parse(rectifiedOn) : null, verdict);
	}

	static Map<String, RuleOutcome> district(Facts facts, LocalDate asOf, String period) {
		return FOLDER.evaluateTogether(SubjectType.DISTRICT, "D1", asOf, period, facts.dataset());
	}

}
