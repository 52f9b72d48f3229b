package org.redproperty.facts;

import java.util.List;
import java.util.function.Function;

/**
 * The kinds of facts, in the order they must be written (a kind refers only to kinds before it), each with its
 * JSON key in the import format, its table and its record type.
 */
public enum FactKind {

	DISTRICTS("districts", "districts", District.class, Dataset::districts),
	STREETS("streets", "streets", Street.class, Dataset::streets),
	COMMUNITIES("communities", "communities", Community.class, Dataset::communities),
	COMPANIES("companies", "companies", Company.class, Dataset::companies),
	PROJECTS("projects", "projects", Project.class, Dataset::projects),
	COMMITTEES("committees", "committees", Committee.class, Dataset::committees),
	NOMINATIONS("nominations", "nominations", Nomination.class, Dataset::nominations),
	ACTIVITIES("activities", "activities", Activity.class, Dataset::activities),
	INCIDENTS("incidents", "incidents", Incident.class, Dataset::incidents),
	CREDIT_DEDUCTIONS("creditDeductions", "credit_deductions", CreditDeduction.class, Dataset::creditDeductions),
	SURVEYS("surveys", "surveys", Survey.class, Dataset::surveys),
	ASSESSMENTS("assessments", "assessments", Assessment.class, Dataset::assessments),
	INDICATORS("indicators", "indicators", Indicator.class, Dataset::indicators),
	INSPECTIONS("inspections", "inspections", Inspection.class, Dataset::inspections),
	TITLES("titles", "titles", Title.class, Dataset::titles);

	private final String key;

	private final String table;

	private final Class<? extends Fact> type;

	private final Function<Dataset, List<? extends Fact>> facts;

	FactKind(String key, String table, Class<? extends Fact> type, Function<Dataset, List<? extends Fact>> facts) {
		this.key = key;
		this.table = table;
		this.type = type;
		this.facts = facts;
	}

	/** The key of this kind in the JSON import format. */
	public String key() {
		return this.key;
	}

	/** The Chinese name of the kind, e.g. 活动记录. */
	public String label() {
		return Messages.kindName(this);
	}

	public String table() {
		return this.table;
	}

	public Class<? extends Fact> type() {
		return this.type;
	}

	public List<? extends Fact> of(Dataset dataset) {
		return this.facts.apply(dataset);
	}

	/** The kind whose facts a subject type names. */
	public static FactKind of(SubjectType type) {
		return switch (type) {
			case DISTRICT -> DISTRICTS;
			case STREET -> STREETS;
			case COMMUNITY -> COMMUNITIES;
			case PROJECT -> PROJECTS;
			case COMPANY -> COMPANIES;
		};
	}

	/** The kind whose facts are records of that type. */
	public static FactKind of(Class<? extends Fact> type) {
		for (FactKind kind : values()) {
			if (kind.type == type) {
				return kind;
			}
		}
		throw new IllegalArgumentException("not a kind of fact: " + type);
	}

	public static FactKind byKey(String key) {
		for (FactKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return null;
	}

}
