package org.redproperty.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.redproperty.facts.Committee;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.Disclosures;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.Project;
import org.redproperty.facts.RectificationVerdict;
import org.redproperty.facts.SubjectType;

/** A project with its committees, nomination, activity records, incidents and party station indicator. */
final class ProjectGenerator {

	private static final List<IncidentType> SAFETY = List.of(IncidentType.FIRE_LANE_BLOCKED,
			IncidentType.EBIKE_INDOOR_CHARGING, IncidentType.HIGH_ALTITUDE_THROWING, IncidentType.STRUCTURAL_DAMAGE,
			IncidentType.GAS_HAZARD, IncidentType.OTHER_SAFETY);

	private final GeneratorSettings settings;

	private final Draw draw;

	private final Facts facts;

	private final ActivityGenerator activities;

	ProjectGenerator(GeneratorSettings settings, Draw draw, Facts facts) {
		this.settings = settings;
		this.draw = draw;
		this.facts = facts;
		this.activities = new ActivityGenerator(settings, draw, facts);
	}

	void project(int number, Community community, Company company) {
		GeneratorSettings s = this.settings;
		LocalDate yearStart = s.yearStart();
		String id = "%sP%06d".formatted(s.idPrefix(), number);
		LocalDate partyOrg = this.draw.chance(s.projectPartyOrg())
				? this.draw.day(yearStart.minusYears(5), s.cutOff().minusMonths(1))
				: this.draw.chance(s.projectPartyOrgLate() / (1 - s.projectPartyOrg()))
						? this.draw.day(s.cutOff().plusDays(1), s.cutOff().plusDays(30)) : null;
		boolean partyManager = this.draw.chance(0.75);
		Project project = new Project(id, Names.estate(this.draw.random()), community.id(),
				(company != null) ? company.id() : null, Names.person(this.draw.random()), partyManager,
				partyManager && this.draw.chance(0.7), this.draw.between(30, 500) * 4, this.draw.decimal(0.6, 1, 2),
				partyOrg, new Disclosures(this.draw.chance(0.9), this.draw.chance(0.85), this.draw.chance(0.8)));
		this.facts.projects.add(project);
		committees(id);
		nomination(id);
		this.activities.records(project, (company != null) ? company.name() : community.name() + "居民委员会");
		if (company != null) {
			incidents(id, company.id());
		}
		if (this.draw.chance(0.6)) {
			this.facts.indicators.add(new Indicator(id + "-IN1", SubjectType.PROJECT, id, s.projectIndicator(),
					BigDecimal.valueOf(this.draw.chance(0.75) ? 1 : 0), s.cutOff().minusMonths(1)));
		}
	}

	private void committees(String projectId) {
		GeneratorSettings s = this.settings;
		if (this.draw.chance(s.ownersCommittee())) {
			boolean party = this.draw.chance(s.ownersCommitteePartyOrg());
			LocalDate established = this.draw.chance(0.98)
					? this.draw.day(s.yearStart().minusYears(8), s.cutOff().minusMonths(2))
					: this.draw.day(s.cutOff().plusDays(1), s.cutOff().plusDays(30));
			committee(projectId + "-OC", projectId, CommitteeKind.OWNERS_COMMITTEE, established, party);
		}
		if (this.draw.chance(s.otherCommittee())) {
			CommitteeKind kind = this.draw.chance(0.5) ? CommitteeKind.MANAGEMENT_COMMITTEE
					: CommitteeKind.AUTONOMY_COMMITTEE;
			committee(projectId + "-" + kind.name().charAt(0) + "C", projectId, kind,
					this.draw.day(s.yearStart().minusYears(6), s.cutOff().minusMonths(3)), false);
		}
	}

	private void committee(String id, String projectId, CommitteeKind kind, LocalDate established, boolean party) {
		int members = this.draw.between(5, 9);
		this.facts.committees.add(new Committee(id, projectId, kind, established, members,
				party ? this.draw.between(3, 5) : this.draw.between(0, 1), party, party));
	}

	private void nomination(String projectId) {
		GeneratorSettings s = this.settings;
		double u = this.draw.random().nextDouble();
		if (u < s.nominated()) {
			add(projectId, s.year(), this.draw.day(s.yearStart().plusMonths(6), s.cutOff().minusMonths(2)));
		}
		else if (u < s.nominated() + s.nominatedLate()) {
			add(projectId, s.year(), this.draw.day(s.cutOff().plusDays(1), s.cutOff().plusDays(20)));
		}
		else if (u < s.nominated() + s.nominatedLate() + s.nominatedLastYear()) {
			add(projectId, s.year() - 1, this.draw.day(s.yearStart().minusMonths(5), s.yearStart().minusMonths(3)));
		}
	}

	private void add(String projectId, int year, LocalDate date) {
		this.facts.nominations.add(new Nomination(projectId + "-N" + year, this.settings.scheme(), year, projectId,
				date, this.draw.pick(Names.OPINIONS)));
	}

	private void incidents(String projectId, String companyId) {
		GeneratorSettings s = this.settings;
		if (this.draw.chance(s.safetyProblem())) {
			int type = this.draw.random().nextInt(SAFETY.size());
			double u = this.draw.random().nextDouble();
			LocalDate date = this.draw.day(s.yearStart(), s.cutOff().minusMonths(2));
			LocalDate rectifyBy = date.plusDays(this.draw.between(10, 40));
			LocalDate rectifiedOn = date.plusDays(this.draw.between(1, (int) (rectifyBy.toEpochDay() - date.toEpochDay())));
			RectificationVerdict verdict = RectificationVerdict.ADEQUATE;
			if (u < s.rectifiedInTime()) {
				// rectified on or before the deadline
			}
			else if (u < s.rectifiedInTime() + s.rectifiedLate()) {
				rectifiedOn = this.draw.chance(0.3) ? null : rectifyBy.plusDays(this.draw.between(1, 20));
				verdict = (rectifiedOn != null) ? RectificationVerdict.ADEQUATE : null;
			}
			else if (u < s.rectifiedInTime() + s.rectifiedLate() + s.perfunctory()) {
				verdict = RectificationVerdict.PERFUNCTORY;
			}
			else if (u < s.rectifiedInTime() + s.rectifiedLate() + s.perfunctory() + s.pending()) {
				date = this.draw.day(s.cutOff().minusDays(25), s.cutOff().minusDays(1));
				rectifyBy = this.draw.chance(0.3) ? null : s.cutOff().plusDays(this.draw.between(0, 25));
				rectifiedOn = null;
				verdict = null;
			}
			else {
				date = date.minusYears(1);
				rectifyBy = date.plusDays(30);
				rectifiedOn = null;
				verdict = null;
			}
			this.facts.incidents.add(new Incident(projectId + "-I1", projectId, companyId, date, SAFETY.get(type),
					Names.SAFETY_PROBLEMS.get(type), rectifyBy, rectifiedOn, verdict));
		}
		if (this.draw.chance(s.conflict())) {
			this.facts.incidents.add(new Incident(projectId + "-I2", projectId, companyId,
					this.draw.day(s.yearStart(), s.cutOff()), IncidentType.STAFF_OWNER_CONFLICT, "保安与业主因车辆进出发生争吵",
					null, null, null));
		}
	}

}
