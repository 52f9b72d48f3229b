package org.redproperty.generator;

import java.util.function.Function;

import org.redproperty.facts.Activity;
import org.redproperty.facts.Assessment;
import org.redproperty.facts.Committee;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.District;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.Incident;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Inspection;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.Title;
import org.redproperty.facts.Survey;

/**
 * The INSERT statement of each kind of fact and the parameters of one row, in the columns of V1__create_facts,
 * followed by the revision that records the row and when (V9__create_fact_revisions): {@link #parameters} answers
 * the fact's own columns, the caller adds those two.
 */
record FactRows(String sql, Function<Fact, Object[]> parameters) {

	static FactRows of(FactKind kind) {
		return switch (kind) {
			case DISTRICTS -> rows(District.class, "districts (id, name) VALUES (?, ?)",
					(d) -> new Object[] { d.id(), d.name() });
			case STREETS -> rows(Street.class, "streets (id, district_id, name) VALUES (?, ?, ?)",
					(s) -> new Object[] { s.id(), s.districtId(), s.name() });
			case COMMUNITIES -> rows(Community.class, "communities (id, street_id, name) VALUES (?, ?, ?)",
					(c) -> new Object[] { c.id(), c.streetId(), c.name() });
			case COMPANIES -> rows(Company.class, """
					companies (id, name, credit_code, employee_count, party_member_count, party_org,
					party_org_established, checklist_venue, checklist_flag, checklist_oath, checklist_duty_division,
					checklist_work_plan, checklist_notice_board, first_service_date)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (c) -> new Object[] { c.id(), c.name(),
					c.creditCode(), c.employeeCount(), c.partyMemberCount(), c.partyOrg().name(),
					c.partyOrgEstablished(), c.partyOrgChecklist().venue(), c.partyOrgChecklist().flag(),
					c.partyOrgChecklist().oath(), c.partyOrgChecklist().dutyDivision(),
					c.partyOrgChecklist().workPlan(), c.partyOrgChecklist().noticeBoard(), c.firstServiceDate() });
			case PROJECTS -> rows(Project.class, """
					projects (id, name, community_id, company_id, manager_name, manager_is_party_member,
					manager_on_branch_committee, households, occupancy_rate, party_org_established,
					disclosure_contract, disclosure_service_standard, disclosure_public_income)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (p) -> new Object[] { p.id(), p.name(),
					p.communityId(), p.companyId(), p.managerName(), p.managerIsPartyMember(),
					p.managerOnBranchCommittee(), p.households(), p.occupancyRate(), p.partyOrgEstablished(),
					p.disclosures().contract(), p.disclosures().serviceStandard(), p.disclosures().publicIncome() });
			case COMMITTEES -> rows(Committee.class, """
					committees (id, project_id, kind, established, member_count, party_member_count,
					chair_is_party_member, has_party_org) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
					(c) -> new Object[] { c.id(), c.projectId(), c.kind().name(), c.established(), c.memberCount(),
							c.partyMemberCount(), c.chairIsPartyMember(), c.hasPartyOrg() });
			case NOMINATIONS -> rows(Nomination.class, """
					nominations (id, scheme, scheme_year, project_id, nominated_on, opinion)
					VALUES (?, ?, ?, ?, ?, ?)""", (n) -> new Object[] { n.id(), n.scheme(), n.year(), n.projectId(),
					n.date(), n.opinion() });
			case ACTIVITIES -> rows(Activity.class, """
					activities (id, project_id, held_on, organizer, heart, kind, title, description, photo_count,
					resident_signatures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (a) -> new Object[] { a.id(),
					a.projectId(), a.date(), a.organizer(), a.heart().name(), a.kind().name(), a.title(),
					a.description(), a.photoCount(), a.residentSignatures() });
			case INCIDENTS -> rows(Incident.class, """
					incidents (id, project_id, company_id, occurred_on, incident_type, description, rectify_by,
					rectified_on, rectification_verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					(i) -> new Object[] { i.id(), i.projectId(), i.companyId(), i.date(), i.type().name(),
							i.description(), i.rectifyBy(), i.rectifiedOn(),
							(i.rectificationVerdict() != null) ? i.rectificationVerdict().name() : null });
			case CREDIT_DEDUCTIONS -> rows(CreditDeduction.class, """
					credit_deductions (id, company_id, imposed_on, points, reason) VALUES (?, ?, ?, ?, ?)""",
					(c) -> new Object[] { c.id(), c.companyId(), c.date(), c.points(), c.reason() });
			case SURVEYS -> rows(Survey.class, """
					surveys (id, company_id, surveyed_on, respondents, average_score) VALUES (?, ?, ?, ?, ?)""",
					(s) -> new Object[] { s.id(), s.companyId(), s.date(), s.respondents(), s.averageScore() });
			case ASSESSMENTS -> rows(Assessment.class, """
					assessments (id, company_id, assessment_level, assessed_on, organization, team, management,
					service, image) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", (a) -> new Object[] { a.id(),
					a.companyId(), a.level().name(), a.date(), a.organization(), a.team(), a.management(),
					a.service(), a.image() });
			case INDICATORS -> rows(Indicator.class, """
					indicators (id, subject_type, subject_id, code, indicator_value, measured_on)
					VALUES (?, ?, ?, ?, ?, ?)""", (i) -> new Object[] { i.id(), i.subjectType().name(),
					i.subjectId(), i.code(), i.value(), i.asOf() });
			case INSPECTIONS -> rows(Inspection.class, """
					inspections (id, project_id, inspected_on, score, inspector) VALUES (?, ?, ?, ?, ?)""",
					(i) -> new Object[] { i.id(), i.projectId(), i.date(), i.score(), i.inspector() });
			case TITLES -> rows(Title.class, """
					titles (id, holder_type, holder_id, scheme, scheme_year, title, granted_on, revoked_on,
					    revocation_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", (t) -> new Object[] { t.id(),
					t.holderType().name(), t.holderId(), t.scheme(), t.year(), t.title(), t.grantedOn(), t.revokedOn(),
					t.revocationReason() });
		};
	}

	private static <T extends Fact> FactRows rows(Class<T> type, String into, Function<T, Object[]> parameters) {
		int columnsEnd = into.indexOf(')');
		String recorded = into.substring(0, columnsEnd) + ", revision, recorded_at"
				+ into.substring(columnsEnd, into.lastIndexOf(')')) + ", ?, ?)";
		return new FactRows("INSERT INTO " + recorded, (fact) -> parameters.apply(type.cast(fact)));
	}

}
