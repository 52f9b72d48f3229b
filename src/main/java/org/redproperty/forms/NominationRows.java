package org.redproperty.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redproperty.facts.RowCode;

import static org.redproperty.forms.FormLayout.COMMITTEE;
import static org.redproperty.forms.FormLayout.COMPANY;
import static org.redproperty.forms.FormLayout.OCCUPANCY;
import static org.redproperty.forms.FormLayout.PARTY_ORG;
import static org.redproperty.forms.FormLayout.PROJECT_ID;
import static org.redproperty.forms.FormLayout.PROJECT_NAME;
import static org.redproperty.forms.FormLayout.STREET;

/**
 * A row of 附件1 as a {@code nominations} row. Its descriptive columns (street, party organisation, owners'
 * committee, occupancy, company) are facts of the project: a filled one is checked against the stored project and
 * a difference is a problem of the row, so that the form an office stamps says what the service holds; nothing of
 * the project is changed by a nomination. A blank one is not checked.
 */
final class NominationRows {

	private NominationRows() {
	}

	/**
	 * @param existing the ids of stored nominations by {@link #key}: a row without an id keeps the id its project's
	 * nomination of that scheme and year has, or else gets one made of the three
	 */
	static FormRow convert(RowValues row, ProjectLookup lookup, Map<String, String> existing) {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		Map<String, String> columns = new HashMap<>();
		ProjectLookup.Resolved project = lookup.resolve(row, PROJECT_ID, PROJECT_NAME, STREET);
		String scheme = row.text(column("scheme"));
		Integer year = row.integer(column("year"));
		LocalDate date = row.date(column("date"));
		String id = row.text(column("id"));
		if (id == null && project.projectId() != null && scheme != null && year != null) {
			id = existing.getOrDefault(key(project.projectId(), scheme, year),
					"N-" + project.projectId() + "-" + scheme + "-" + year);
		}
		put(json, "id", id);
		put(json, "scheme", scheme);
		if (year != null) {
			json.put("year", year);
		}
		NominationRows.put(json, "projectId", project.projectId());
		columns.put("projectId", project.column());
		put(json, "date", (date != null) ? date.toString() : null);
		put(json, "opinion", row.text(column("opinion")));
		if (project.card() != null) {
			checkAsStored(row, project.card());
		}
		return new FormRow(row.number(), json, columns);
	}

	static String key(String projectId, String scheme, int year) {
		return projectId + "\u0000" + scheme + "\u0000" + year;
	}

	private static void checkAsStored(RowValues row, ProjectCard card) {
		compare(row, STREET, row.text(STREET), card.streetName());
		compare(row, PARTY_ORG, row.date(PARTY_ORG), card.partyOrgEstablished());
		compare(row, COMMITTEE, row.date(COMMITTEE), card.committeeEstablished());
		BigDecimal occupancy = row.percent(OCCUPANCY);
		if (occupancy != null && (card.occupancyPercent() == null || occupancy.compareTo(card.occupancyPercent()) != 0)) {
			differs(row, OCCUPANCY, occupancy.stripTrailingZeros().toPlainString() + "%",
					(card.occupancyPercent() != null) ? card.occupancyPercent().toPlainString() + "%" : null);
		}
		String company = row.text(COMPANY);
		if (company != null && !company.equals(card.companyName()) && !company.equals(card.companyId())) {
			differs(row, COMPANY, company, card.companyName());
		}
	}

	private static void compare(RowValues row, String header, Object given, Object stored) {
		if (given != null && !Objects.equals(given, stored)) {
			differs(row, header, given.toString(), (stored != null) ? stored.toString() : null);
		}
	}

	private static void differs(RowValues row, String header, String given, String stored) {
		row.problem(header, RowCode.NOT_AS_STORED, "「" + header + "」填的是「" + given + "」，已存的项目事实是"
				+ ((stored != null) ? "「" + stored + "」" : "未登记") + "；请先改正项目的数据，或把这一格留空（不核对）");
	}

	private static String column(String field) {
		return FormKind.NOMINATIONS.columnOf(field).header();
	}

	static void put(ObjectNode json, String field, String value) {
		if (value != null) {
			json.put(field, value);
		}
	}

}
