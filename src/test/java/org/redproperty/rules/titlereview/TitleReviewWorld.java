package org.redproperty.rules.titlereview;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.District;
import org.redproperty.facts.HolderType;
import org.redproperty.facts.Incident;
import org.redproperty.facts.IncidentType;
import org.redproperty.facts.PartyOrg;
import org.redproperty.facts.PartyOrgChecklist;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.Title;
import org.redproperty.rules.Facts;
import org.redproperty.rules.RulesFolder;

/**
 * {@code rules/title-review/2020}, compiled once per JVM, and a district D1 with companies that hold the 2019
 * 金牌红色物业 title granted on {@link #GRANTED} and keep it unless a test adds a reason.
 */
final class TitleReviewWorld {

	static final RulesFolder FOLDER = RulesFolder.load("title-review", 2020);

	static final LocalDate GRANTED = LocalDate.of(2019, 12, 28);

	static final LocalDate AS_OF = LocalDate.of(2020, 6, 15);

	static final PartyOrgChecklist COMPLETE = new PartyOrgChecklist(true, true, true, true, true, true);

	private TitleReviewWorld() {
	}

	static Facts district() {
		return new Facts().add(new District("D1", "试验区"), new Street("S1", "D1", "试验街道"),
				new Community("C1", "S1", "试验社区"));
	}

	/** A company serving one project of D1, with a complete party organisation and the 2019 GOLD title. */
	static Facts holder(Facts facts, String id) {
		return facts.add(company(id, PartyOrg.INDEPENDENT, COMPLETE),
				new Project("P-" + id, id + "小区", "C1", id, "经理", true, true, 300, new BigDecimal("0.9"),
						LocalDate.of(2018, 1, 1), null),
				gold("T-" + id, id, GRANTED, null));
	}

	static Company company(String id, PartyOrg org, PartyOrgChecklist checklist) {
		return new Company(id, id + "物业", "91350100M000100Y43", 40, 5, org, LocalDate.of(2016, 1, 1), checklist,
				LocalDate.of(2017, 1, 1));
	}

	static Title gold(String id, String company, LocalDate granted, LocalDate revoked) {
		return title(id, company, "gold-red-property", 2019, "GOLD", granted, revoked);
	}

	static Title title(String id, String company, String scheme, int year, String title, LocalDate granted,
			LocalDate revoked) {
		return new Title(id, HolderType.COMPANY, company, scheme, year, title, granted, revoked,
				(revoked != null) ? "已撤销" : null);
	}

	static Incident incident(String id, String company, IncidentType type, LocalDate date) {
		return new Incident(id, null, company, date, type, "事件" + id, null, null, null);
	}

}
