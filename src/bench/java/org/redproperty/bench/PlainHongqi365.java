package org.redproperty.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.redproperty.facts.Activity;
import org.redproperty.facts.Committee;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.Company;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.Project;
import org.redproperty.facts.RectificationVerdict;

/**
 * The 红齐365 2023 project criteria (DOMAIN.md §4) written straight in Java, for the benchmark only: the baseline
 * the Drools ruleset is measured against. The service itself keeps policy in rules/ and nowhere else.
 */
final class PlainHongqi365 {

	private static final LocalDate WINDOW_START = LocalDate.of(2023, 1, 1);

	private static final LocalDate WINDOW_END = LocalDate.of(2023, 11, 30);

	private static final int POINTS_PER_RECORD = 2;

	private static final int MIN_RECORDS = 50;

	private static final Set<IncidentType> SAFETY_PROBLEMS = Set.of(IncidentType.FIRE_LANE_BLOCKED,
			IncidentType.EBIKE_INDOOR_CHARGING, IncidentType.HIGH_ALTITUDE_THROWING, IncidentType.STRUCTURAL_DAMAGE,
			IncidentType.GAS_HAZARD, IncidentType.OTHER_SAFETY);

	private PlainHongqi365() {
	}

	/** What the criteria conclude about one project. */
	record Result(String status, BigDecimal totalPoints, Set<String> failedGates, List<String> duplicates,
			int pendingFindings, int conflictFindings, BigDecimal proposedDeductions, String steward) {
	}

	/** Evaluates the project with the facts seen on {@code asOf} (already cut by {@code Dataset.asOf}). */
	static Result evaluate(String projectId, LocalDate asOf, Dataset facts) {
		Project project = null;
		for (Project p : facts.projects()) {
			if (p.id().equals(projectId)) {
				project = p;
			}
		}
		LocalDate windowEnd = WINDOW_END.isBefore(asOf) ? WINDOW_END : asOf;
		Map<String, Activity> firstOfKey = new HashMap<>();
		List<Activity> candidates = new ArrayList<>();
		for (Activity a : facts.activities()) {
			if (projectId.equals(a.projectId()) && !a.date().isBefore(WINDOW_START) && !a.date().isAfter(windowEnd)
					&& a.photoCount() != null && a.photoCount() >= 2 && a.residentSignatures() != null
					&& a.residentSignatures() >= 1 && !blank(a.organizer()) && !blank(a.title())) {
				candidates.add(a);
				String key = a.date() + "\u0000" + a.title();
				Activity first = firstOfKey.get(key);
				if (first == null || a.id().compareTo(first.id()) < 0) {
					firstOfKey.put(key, a);
				}
			}
		}
		List<String> duplicates = new ArrayList<>();
		int counted = 0;
		for (Activity a : candidates) {
			if (firstOfKey.get(a.date() + "\u0000" + a.title()) == a) {
				counted++;
			}
			else {
				duplicates.add(a.id());
			}
		}
		Set<String> failed = new TreeSet<>();
		boolean nominated = false;
		for (Nomination n : facts.nominations()) {
			nominated |= projectId.equals(n.projectId()) && "hongqi365".equals(n.scheme()) && n.year() == 2023
					&& !n.date().isAfter(asOf);
		}
		gate(failed, "HQ-NOM", nominated);
		gate(failed, "HQ-ACT-MIN", counted >= MIN_RECORDS);
		gate(failed, "HQ-ORG-PROJECT", project.partyOrgEstablished() != null && !project.partyOrgEstablished().isAfter(asOf));
		boolean committee = false;
		boolean committeeParty = false;
		for (Committee c : facts.committees()) {
			if (projectId.equals(c.projectId()) && c.kind() == CommitteeKind.OWNERS_COMMITTEE && !c.established().isAfter(asOf)) {
				committee = true;
				committeeParty |= c.hasPartyOrg();
			}
		}
		gate(failed, "HQ-ORG-COMMITTEE", committee);
		gate(failed, "HQ-ORG-COMMITTEE-PARTY", committeeParty);
		Company company = null;
		for (Company c : facts.companies()) {
			if (c.id().equals(project.companyId())) {
				company = c;
			}
		}
		gate(failed, "HQ-ORG-COMPANY-PARTY",
				company != null && (company.partyOrg() == PartyOrg.INDEPENDENT || company.partyOrg() == PartyOrg.JOINT));
		int disqualifiers = 0;
		int pending = 0;
		int conflicts = 0;
		BigDecimal deductions = BigDecimal.ZERO;
		for (Incident i : facts.incidents()) {
			if (!projectId.equals(i.projectId())) {
				continue;
			}
			if (i.type() == IncidentType.STAFF_OWNER_CONFLICT) {
				conflicts++;
			}
			if (!SAFETY_PROBLEMS.contains(i.type()) || i.date().getYear() != 2023) {
				continue;
			}
			boolean perfunctory = i.rectificationVerdict() == RectificationVerdict.PERFUNCTORY;
			boolean overdue = !perfunctory && i.rectifyBy() != null && i.rectifyBy().isBefore(asOf)
					&& (i.rectifiedOn() == null || i.rectifiedOn().isAfter(i.rectifyBy()));
			if (perfunctory || overdue) {
				disqualifiers++;
				deductions = deductions.add(BigDecimal.valueOf(perfunctory ? 10 : 5));
			}
			else if (i.rectifiedOn() == null && (i.rectifyBy() == null || !i.rectifyBy().isBefore(asOf))) {
				pending++;
			}
		}
		gate(failed, "HQ-SAFE-DQ", disqualifiers == 0);
		String status = (disqualifiers > 0) ? "DISQUALIFIED" : !nominated ? "NOT_NOMINATED"
				: failed.isEmpty() ? "FIVE_STAR" : "NOT_AWARDED";
		return new Result(status, BigDecimal.valueOf((long) counted * POINTS_PER_RECORD), failed, duplicates, pending,
				conflicts, deductions, status.equals("FIVE_STAR") ? project.managerName() : null);
	}

	private static void gate(Set<String> failed, String code, boolean passed) {
		if (!passed) {
			failed.add(code);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
