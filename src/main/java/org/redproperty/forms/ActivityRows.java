package org.redproperty.forms;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.redproperty.forms.FormLayout.PROJECT;
import static org.redproperty.forms.FormLayout.PROJECT_ID;

/** A row of 附件2 as an {@code activities} row; 组织单位 is kept as the text written. */
final class ActivityRows {

	private ActivityRows() {
	}

	static FormRow convert(RowValues row, ProjectLookup lookup) {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		Map<String, String> columns = new HashMap<>();
		NominationRows.put(json, "id", row.text(column("id")));
		ProjectLookup.Resolved project = lookup.resolve(row, PROJECT_ID, PROJECT, null);
		NominationRows.put(json, "projectId", project.projectId());
		columns.put("projectId", project.column());
		LocalDate date = row.date(column("date"));
		NominationRows.put(json, "date", (date != null) ? date.toString() : null);
		for (String field : new String[] { "organizer", "title", "description" }) {
			NominationRows.put(json, field, row.text(column(field)));
		}
		var heart = row.choice(column("heart"), Choices.HEARTS);
		NominationRows.put(json, "heart", (heart != null) ? heart.name() : null);
		var kind = row.choice(column("kind"), Choices.KINDS);
		NominationRows.put(json, "kind", (kind != null) ? kind.name() : null);
		for (String field : new String[] { "photoCount", "residentSignatures" }) {
			Integer count = row.integer(column(field));
			if (count != null) {
				json.put(field, count);
			}
		}
		return new FormRow(row.number(), json, columns);
	}

	private static String column(String field) {
		return FormKind.ACTIVITIES.columnOf(field).header();
	}

}
