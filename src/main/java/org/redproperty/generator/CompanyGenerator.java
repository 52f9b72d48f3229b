package org.redproperty.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.redproperty.facts.Assessment;
import org.redproperty.facts.AssessmentLevel;
import org.redproperty.facts.Company;
import org.redproperty.facts.CreditCode;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.Survey;

/** A property company with its surveys, street and district assessments, deductions and company-wide events. */
final class CompanyGenerator {

	private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final List<IncidentType> EVENTS = List.of(IncidentType.SAFETY_ACCIDENT,
			IncidentType.GROUP_INCIDENT, IncidentType.MANAGEMENT_VIOLATION);

	private final GeneratorSettings settings;

	private final Draw draw;

	private final Facts facts;

	CompanyGenerator(GeneratorSettings settings, Draw draw, Facts facts) {
		this.settings = settings;
		this.draw = draw;
		this.facts = facts;
	}

	Company company(String id, String name) {
		GeneratorSettings s = this.settings;
		LocalDate yearStart = s.yearStart();
		double u = this.draw.random().nextDouble();
		PartyOrg partyOrg = (u < s.companyIndependent()) ? PartyOrg.INDEPENDENT
				: (u < s.companyIndependent() + s.companyJoint()) ? PartyOrg.JOINT
				: (u < s.companyIndependent() + s.companyJoint() + s.companyInstructor()) ? PartyOrg.INSTRUCTOR
				: PartyOrg.NONE;
		int employees = this.draw.between(8, 160);
		int members = switch (partyOrg) {
			case INDEPENDENT -> this.draw.between(3, 15);
			case JOINT -> this.draw.between(1, 4);
			case INSTRUCTOR -> this.draw.between(0, 2);
			case NONE -> 0;
		};
		boolean organised = partyOrg == PartyOrg.INDEPENDENT || partyOrg == PartyOrg.JOINT;
		boolean complete = organised && this.draw.chance(0.85);
		int missing = complete ? -1 : this.draw.between(0, 5);
		PartyOrgChecklist checklist = organised ? new PartyOrgChecklist(missing != 0, missing != 1, missing != 2,
				missing != 3, missing != 4, missing != 5) : new PartyOrgChecklist(false, false, false, false, false, false);
		Company company = new Company(id, name, creditCode(), employees, members, partyOrg,
				organised ? this.draw.day(yearStart.minusYears(7), yearStart.minusDays(1)) : null, checklist,
				this.draw.day(yearStart.minusYears(18), yearStart.plusMonths(5)));
		this.facts.companies.add(company);
		records(company);
		return company;
	}

	private void records(Company company) {
		GeneratorSettings s = this.settings;
		LocalDate yearStart = s.yearStart();
		for (int n = 1, surveys = this.draw.between(1, 2); n <= surveys; n++) {
			this.facts.surveys.add(new Survey("%s-SV%d".formatted(company.id(), n), company.id(),
					this.draw.day(yearStart.plusMonths(4), s.cutOff()), this.draw.between(40, 250),
					this.draw.decimal(65, 96, 1)));
		}
		assess(company, AssessmentLevel.STREET, s.cutOff().minusMonths(1));
		if (this.draw.chance(s.districtAssessment())) {
			assess(company, AssessmentLevel.DISTRICT, s.cutOff().minusDays(20));
		}
		if (this.draw.chance(s.creditDeduction())) {
			this.facts.creditDeductions.add(new CreditDeduction(company.id() + "-CD1", company.id(),
					this.draw.day(yearStart, s.cutOff()), BigDecimal.valueOf(this.draw.between(1, 10)),
					"未按规定公示物业服务收费标准"));
		}
		if (this.draw.chance(s.companyEvent())) {
			IncidentType type = this.draw.pick(EVENTS);
			this.facts.incidents.add(new Incident(company.id() + "-EV1", null, company.id(),
					this.draw.day(yearStart, s.cutOff()), type, "企业层面事件（" + type.name() + "）", null, null, null));
		}
	}

	private void assess(Company company, AssessmentLevel level, LocalDate around) {
		this.facts.assessments.add(new Assessment("%s-AS-%s".formatted(company.id(), level.name().charAt(0)),
				company.id(), level, around.minusDays(this.draw.between(0, 9)), score(), score(), score(), score(),
				score()));
	}

	private BigDecimal score() {
		return BigDecimal.valueOf(this.draw.between(12, 20));
	}

	/** A code per GB 32100-2015: 91 (enterprise), a Shandong division, an organisation code with its check. */
	private String creditCode() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(CODE_CHARACTERS.charAt(this.draw.random().nextInt(CODE_CHARACTERS.length())));
		}
		String first17 = "37%02d%02d".formatted(this.draw.between(1, 17), this.draw.between(2, 30));
		first17 = "91" + first17 + body + organisationCheck(body);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** The check character of a GB 11714-1997 organisation code. */
	private static char organisationCheck(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
		}
		int r = 11 - sum % 11;
		return (r == 10) ? 'X' : (r == 11) ? '0' : (char) ('0' + r);
	}

}
