package org.redproperty.pages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.FieldChange;
import org.redproperty.facts.Revision;
import org.redproperty.facts.SubjectType;

import org.springframework.stereotype.Component;

/**
 * Stored facts as the subject pages show them: a table per kind with a column per field (named in Chinese, see
 * {@code labels.properties}), references linked to their subject's page, and for every row the revision that
 * recorded it, when and by whom.
 */
@Component
class FactView {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

	private static final Set<String> HIDDEN = Set.of("id", "revision", "recordedAt");

	private static final Map<String, SubjectType> REFERENCES = Map.of("districtId", SubjectType.DISTRICT, "streetId",
			SubjectType.STREET, "communityId", SubjectType.COMMUNITY, "companyId", SubjectType.COMPANY, "projectId",
			SubjectType.PROJECT);

	private final ObjectMapper objectMapper;

	private final Properties labels = new Properties();

	private final Chinese chinese = new Chinese();

	FactView(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
		try (Reader reader = new InputStreamReader(FactView.class.getResourceAsStream("labels.properties"),
				StandardCharsets.UTF_8)) {
			this.labels.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The facts of one kind as a table, leaving out the columns named in {@code omit} (e.g. the page's own subject). */
	Table table(FactKind kind, List<? extends Fact> facts, Map<Long, Revision> revisions, Set<String> omit) {
		List<String> names = new ArrayList<>();
		if (!facts.isEmpty()) {
			this.objectMapper.valueToTree(facts.get(0)).fieldNames().forEachRemaining((name) -> {
				if (!HIDDEN.contains(name) && !omit.contains(name)) {
					names.add(name);
				}
			});
		}
		List<Row> rows = facts.stream().map((fact) -> row(kind, fact, names, revisions)).toList();
		return new Table(kind.key(), kind.label(), names.stream().map((name) -> label(kind, name)).toList(), rows);
	}

	/** One fact's fields, each with its Chinese name: the subject's own details. */
	List<Field> fields(Fact fact) {
		JsonNode node = this.objectMapper.valueToTree(fact);
		List<Field> fields = new ArrayList<>();
		node.fieldNames().forEachRemaining((name) -> {
			if (!HIDDEN.contains(name)) {
				fields.add(new Field(label(name), cell(name, node.get(name))));
			}
		});
		return fields;
	}

	/** What one version of a fact changed, each field named in Chinese with its values before and after. */
	List<Changed> changes(List<FieldChange> changes) {
		return changes.stream()
			.filter((change) -> !HIDDEN.contains(change.field()))
			.map((change) -> new Changed(label(change.field()), cell(change.field(), change.before()).text(),
					cell(change.field(), change.after()).text()))
			.toList();
	}

	private Row row(FactKind kind, Fact fact, List<String> names, Map<Long, Revision> revisions) {
		JsonNode node = this.objectMapper.valueToTree(fact);
		Revision revision = (fact.revision() != null) ? revisions.get(fact.revision()) : null;
		return new Row(fact.id(), names.stream().map((name) -> cell(name, node.get(name))).toList(), fact.revision(),
				fact.recordedAt(), (revision != null) ? revision.actor() : null,
				"/facts/" + kind.key() + "/" + fact.id() + "/history");
	}

	private Cell cell(String name, JsonNode value) {
		if (value == null || value.isNull()) {
			return new Cell("", null);
		}
		if (value.isObject()) {
			List<String> parts = new ArrayList<>();
			value.fields().forEachRemaining((entry) -> parts.add(label(entry.getKey()) + " " + text(name, entry.getValue())));
			return new Cell(String.join("、", parts), null);
		}
		SubjectType reference = REFERENCES.get(name);
		String text = text(name, value);
		return new Cell(text, (reference != null) ? "/subjects/" + reference.name().toLowerCase() + "/" + text : null);
	}

	private String text(String name, JsonNode value) {
		String text = value.asText();
		if (value.isBoolean()) {
			return label(text);
		}
		if (value.isTextual() && text.length() == 10 && text.charAt(4) == '-') {
			try {
				return this.chinese.day(LocalDate.parse(text));
			}
			catch (DateTimeParseException ex) {
				return text;
			}
		}
		String specific = this.labels.getProperty(name + "." + text);
		return (specific != null) ? specific : (CODE.matcher(text).matches() ? this.labels.getProperty(text, text) : text);
	}

	private String label(String name) {
		return this.labels.getProperty(name, name);
	}

	/** A field's name as a column of that kind: its own (e.g. {@code titles.title}) or the one of every kind. */
	private String label(FactKind kind, String name) {
		return this.labels.getProperty(kind.key() + "." + name, label(name));
	}

	/** The facts of one kind: its key and Chinese name, the Chinese column names and a row per fact. */
	record Table(String kind, String title, List<String> headers, List<Row> rows) {
	}

	/** One fact: its id, its cells, the revision that recorded it, when and who, and where its history is. */
	record Row(String id, List<Cell> cells, Long revision, Instant recordedAt, String actor, String history) {
	}

	/** A value as text, with the page of the subject it names when it is a reference. */
	record Cell(String text, String href) {
	}

	/** A field a version changed: its Chinese name and its values before (empty for a new fact) and after. */
	record Changed(String label, String before, String after) {
	}

	/** A named value of a fact. */
	record Field(String label, Cell value) {
	}

}
