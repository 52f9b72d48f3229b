package org.redproperty.rules.hongqi365;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redproperty.facts.Activity;
import org.redproperty.facts.ActivityKind;
import org.redproperty.facts.Committee;
import org.redproperty.facts.CommitteeKind;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Heart;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.Project;
import org.redproperty.facts.RectificationVerdict;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;

/**
 * A small fluent builder of 红齐365 facts for rule tests. {@link #world()} starts with district D1, street S1,
 * communities C1 and C2 of S1 and company CO1 (联合党支部, 30 employees, 3 party members).
 * {@link #fiveStarProject} adds a project that meets every 2023 criterion; tests then add or take away one thing.
 */
final class Hongqi365Facts {

	static final LocalDate PARTY_ORG_ESTABLISHED = LocalDate.of(2022, 5, 1);

	static final LocalDate NOMINATED_ON = LocalDate.of(2023, 8, 1);

	private final List<District> districts = new ArrayList<>();

	private final List<Street> streets = new ArrayList<>();

	private final List<Community> communities = new ArrayList<>();

	private final List<Company> companies = new ArrayList<>();

	private final List<Project> projects = new ArrayList<>();

	private final List<Committee> committees = new ArrayList<>();

	private final List<Nomination> nominations = new ArrayList<>();

	private final List<Activity> activities = new ArrayList<>();

	private final List<Incident> incidents = new ArrayList<>();

	private final List<Indicator> indicators = new ArrayList<>();

	private Hongqi365Facts() {
	}

	/** The administrative tree D1 / S1 / C1, C2 and company CO1. */
	static Hongqi365Facts world() {
		return new Hongqi365Facts().district("D1")
			.street("S1", "D1")
			.community("C1", "S1")
			.community("C2", "S1")
			.company("CO1", PartyOrg.JOINT, 30, 3);
	}

	Hongqi365Facts district(String id) {
		this.districts.add(new District(id, "试验区" + id));
		return this;
	}

	Hongqi365Facts street(String id, String districtId) {
		this.streets.add(new Street(id, districtId, "试验街道" + id));
		return this;
	}

	Hongqi365Facts community(String id, String streetId) {
		this.communities.add(new Community(id, streetId, "试验社区" + id));
		return this;
	}

	Hongqi365Facts company(String id, PartyOrg partyOrg, int employees, int partyMembers) {
		this.companies.removeIf((c) -> c.id().equals(id));
		this.companies.add(new Company(id, "试验物业" + id, null, employees, partyMembers, partyOrg, null, null,
				LocalDate.of(2018, 1, 1)));
		return this;
	}

	/** A bare project: community, company (null = 无物业) and the date its party organisation was set up. */
	Hongqi365Facts project(String id, String communityId, String companyId, LocalDate partyOrgEstablished) {
		this.projects.removeIf((p) -> p.id().equals(id));
		this.projects.add(new Project(id, "试验小区" + id, communityId, companyId, "经理" + id, true, true, 500,
				new BigDecimal("0.9"), partyOrgEstablished, null));
		return this;
	}

	/**
	 * A project of CO1 meeting every criterion: party organisation, owners' committee K-id with a party
	 * organisation, nomination N-id dated {@link #NOMINATED_ON} and 50 valid records.
	 */
	Hongqi365Facts fiveStarProject(String id, String communityId) {
		return project(id, communityId, "CO1", PARTY_ORG_ESTABLISHED)
			.ownersCommittee("K-" + id, id, LocalDate.of(2021, 1, 1), true)
			.nomination("N-" + id, id, NOMINATED_ON)
			.validActivities(id, 50);
	}

	Hongqi365Facts ownersCommittee(String id, String projectId, LocalDate established, boolean hasPartyOrg) {
		return committee(id, projectId, CommitteeKind.OWNERS_COMMITTEE, established, hasPartyOrg);
	}

	Hongqi365Facts committee(String id, String projectId, CommitteeKind kind, LocalDate established,
			boolean hasPartyOrg) {
		this.committees.add(new Committee(id, projectId, kind, established, 5, 3, true, hasPartyOrg));
		return this;
	}

	Hongqi365Facts withoutCommittees(String projectId) {
		this.committees.removeIf((c) -> c.projectId().equals(projectId));
		return this;
	}

	Hongqi365Facts nomination(String id, String projectId, LocalDate date) {
		return nomination(id, "hongqi365", 2023, projectId, date);
	}

	Hongqi365Facts nomination(String id, String scheme, int year, String projectId, LocalDate date) {
		this.nominations.add(new Nomination(id, scheme, year, projectId, date, "同意推荐"));
		return this;
	}

	Hongqi365Facts withoutNominations(String projectId) {
		this.nominations.removeIf((n) -> n.projectId().equals(projectId));
		return this;
	}

	/**
	 * Exactly {@code count} valid records of the project with distinct titles, ids {@code A-<project>-001…}, three
	 * days apart from 2023-01-02 (at most 2023-11-01 for 102 records); the project's earlier ones are replaced.
	 */
	Hongqi365Facts validActivities(String projectId, int count) {
		this.activities.removeIf((a) -> a.projectId().equals(projectId));
		for (int i = 1; i <= count; i++) {
			activity(String.format("A-%s-%03d", projectId, i), projectId, LocalDate.of(2023, 1, 2).plusDays(3L * (i - 1)),
					"物业服务中心", "活动" + i, 2, 1);
		}
		return this;
	}

	Hongqi365Facts activity(String id, String projectId, LocalDate date, String organizer, String title,
			Integer photoCount, Integer residentSignatures) {
		this.activities.add(new Activity(id, projectId, date, organizer, Heart.HONGXIN, ActivityKind.ACTIVITY, title,
				"", photoCount, residentSignatures));
		return this;
	}

	/** A valid record: organizer and title given, 2 photos, 1 resident signature. */
	Hongqi365Facts activity(String id, String projectId, LocalDate date, String title) {
		return activity(id, projectId, date, "物业服务中心", title, 2, 1);
	}

	Hongqi365Facts incident(String id, String projectId, IncidentType type, LocalDate date, LocalDate rectifyBy,
			LocalDate rectifiedOn, RectificationVerdict verdict) {
		String companyId = this.projects.stream()
			.filter((p) -> p.id().equals(projectId))
			.map(Project::companyId)
			.findFirst()
			.orElse("CO1");
		this.incidents.add(new Incident(id, projectId, companyId, date, type, "试验问题" + id, rectifyBy, rectifiedOn,
				verdict));
		return this;
	}

	/** Any incident, as given. */
	Hongqi365Facts incident(Incident incident) {
		this.incidents.add(incident);
		return this;
	}

	/** A safety problem (堵塞消防通道) of the project. */
	Hongqi365Facts safetyProblem(String id, String projectId, LocalDate date, LocalDate rectifyBy,
			LocalDate rectifiedOn, RectificationVerdict verdict) {
		return incident(id, projectId, IncidentType.FIRE_LANE_BLOCKED, date, rectifyBy, rectifiedOn, verdict);
	}

	Hongqi365Facts districtIndicator(String id, String districtId, String code, String value, LocalDate asOf) {
		this.indicators.add(new Indicator(id, SubjectType.DISTRICT, districtId, code, new BigDecimal(value), asOf));
		return this;
	}

	Dataset build() {
		return new Dataset(this.districts, this.streets, this.communities, this.companies, this.projects,
				this.committees, this.nominations, this.activities, this.incidents, null, null, null, this.indicators);
	}

}
