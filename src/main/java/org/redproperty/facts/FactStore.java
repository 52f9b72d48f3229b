package org.redproperty.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored facts: single facts by id, and the whole set of facts an evaluation of a subject needs (its
 * projects with everything attached to them, their companies and the administrative tree above them).
 */
@Component
public class FactStore {

	private static final int CHUNK = 1000;

	private final JdbcAggregateTemplate template;

	private final JdbcClient jdbc;

	private final FactTables tables;

	private final Revisions revisions;

	public FactStore(JdbcAggregateTemplate template, JdbcClient jdbc, FactTables tables, Revisions revisions) {
		this.template = template;
		this.jdbc = jdbc;
		this.tables = tables;
		this.revisions = revisions;
	}

	/** The latest revision of the facts: what {@link #scope(SubjectType, String)} reads. */
	public long latestRevision() {
		return this.revisions.latest();
	}

	/**
	 * The revision a request's knownAt names: the latest when it names none, the revision that was the latest at
	 * an instant, a revision number as given.
	 * @throws FactsException if the number is beyond the latest revision
	 */
	public long revisionOf(KnownAt knownAt) {
		long latest = latestRevision();
		if (knownAt == null) {
			return latest;
		}
		if (knownAt.instant() != null) {
			return this.revisions.at(knownAt.instant());
		}
		if (knownAt.revision() > latest) {
			throw FactsException.badRequest("UNKNOWN_REVISION",
					"knownAt 指定的修订版本 " + knownAt.revision() + " 不存在，最新的修订版本是 " + latest);
		}
		return knownAt.revision();
	}

	public <T extends Fact> Optional<T> find(Class<T> type, String id) {
		return Optional.ofNullable(this.template.findById(id, type));
	}

	/** The kind of subject an id names, looked up in the order project, street, community, district, company. */
	public Optional<SubjectType> subjectTypeOf(String id) {
		return Stream.of(SubjectType.PROJECT, SubjectType.STREET, SubjectType.COMMUNITY, SubjectType.DISTRICT,
				SubjectType.COMPANY)
			.filter((type) -> this.template.existsById(id, FactKind.of(type).type()))
			.findFirst();
	}

	public <T extends Fact> List<T> all(Class<T> type) {
		return this.template.findAll(Query.query(Criteria.empty()).sort(org.springframework.data.domain.Sort.by("id")),
				type);
	}

	public <T extends Fact> List<T> where(Class<T> type, String property, Collection<String> values) {
		return this.tables.where(type, property, values);
	}

	public <T extends Fact> List<T> where(Class<T> type, String property, String value) {
		return where(type, property, List.of(value));
	}

	/** Every current fact an evaluation of the subject needs, whatever its date. */
	public Dataset scope(SubjectType type, String id) {
		return scope(type, id, new Reader() {
			@Override
			public <T extends Fact> List<T> where(Class<T> kind, String property, Collection<String> values) {
				return (kind == Activity.class) ? FactStore.this.activities(List.copyOf(values)).stream()
					.map(kind::cast)
					.toList() : FactStore.this.where(kind, property, values);
			}
		});
	}

	/**
	 * Every fact an evaluation of the subject needs, as it was known at the revision: the versions recorded at or
	 * before it and not closed by then. At the latest revision these are the current facts, read as fast as those.
	 */
	public Dataset scope(SubjectType type, String id, long revision) {
		if (revision >= latestRevision()) {
			Dataset current = scope(type, id);
			if (revision >= latestRevision()) {
				// no import was recorded while the scope was read: the current facts are those of the revision
				return current;
			}
		}
		return scope(type, id, new Reader() {
			@Override
			public <T extends Fact> List<T> where(Class<T> kind, String property, Collection<String> values) {
				return FactStore.this.tables.whereAt(kind, property, values, revision);
			}
		});
	}

	/**
	 * The revision that closed the version of the fact that revision {@code recordedBy} recorded (by a change or a
	 * retraction), if a later revision closed it.
	 */
	public Optional<Long> closedBy(FactKind kind, String id, long recordedBy) {
		return this.tables.versions(kind.type(), id).stream()
			.filter((version) -> Long.valueOf(recordedBy).equals(version.fact().revision()) && version.retiredBy() != null)
			.map(FactTables.Version::retiredBy)
			.findFirst();
	}

	/** How the facts of a scope are read: current, or as known at a revision. */
	private interface Reader {

		<T extends Fact> List<T> where(Class<T> type, String property, Collection<String> values);

		default <T extends Fact> List<T> where(Class<T> type, String property, String value) {
			return where(type, property, List.of(value));
		}

	}

	private Dataset scope(SubjectType type, String id, Reader reader) {
		List<Project> projects = switch (type) {
			case PROJECT -> reader.where(Project.class, "id", id);
			case COMMUNITY -> reader.where(Project.class, "communityId", id);
			case STREET -> reader.where(Project.class, "communityId", ids(reader.where(Community.class, "streetId", id)));
			case DISTRICT -> reader.where(Project.class, "communityId",
					ids(reader.where(Community.class, "streetId", ids(reader.where(Street.class, "districtId", id)))));
			case COMPANY -> reader.where(Project.class, "companyId", id);
		};
		List<String> projectIds = ids(projects);
		Set<String> communityIds = collect(projects, Project::communityId);
		if (type == SubjectType.COMMUNITY) {
			communityIds.add(id);
		}
		// A district's or street's streets and communities are in its scope whether or not they have projects, so that
		// each of them is evaluated.
		List<Street> ownStreets = (type == SubjectType.DISTRICT) ? reader.where(Street.class, "districtId", id) : List.of();
		if (type == SubjectType.STREET) {
			communityIds.addAll(ids(reader.where(Community.class, "streetId", id)));
		}
		if (type == SubjectType.DISTRICT) {
			communityIds.addAll(ids(reader.where(Community.class, "streetId", ids(ownStreets))));
		}
		List<Community> communities = reader.where(Community.class, "id", communityIds);
		Set<String> streetIds = collect(communities, Community::streetId);
		ownStreets.forEach((street) -> streetIds.add(street.id()));
		if (type == SubjectType.STREET) {
			streetIds.add(id);
		}
		List<Street> streets = reader.where(Street.class, "id", streetIds);
		Set<String> districtIds = collect(streets, Street::districtId);
		if (type == SubjectType.DISTRICT) {
			districtIds.add(id);
		}
		Set<String> companyIds = collect(projects, Project::companyId);
		if (type == SubjectType.COMPANY) {
			companyIds.add(id);
		}
		List<Incident> incidents = Stream
			.concat(reader.where(Incident.class, "projectId", projectIds).stream(),
					reader.where(Incident.class, "companyId", companyIds).stream()
						.filter((incident) -> incident.projectId() == null))
			.toList();
		Set<String> subjects = new HashSet<>(projectIds);
		Stream.of(communityIds, streetIds, districtIds, companyIds).forEach(subjects::addAll);
		return new Dataset(reader.where(District.class, "id", districtIds), streets, communities,
				reader.where(Company.class, "id", companyIds), projects, reader.where(Committee.class, "projectId", projectIds),
				reader.where(Nomination.class, "projectId", projectIds), reader.where(Activity.class, "projectId", projectIds),
				incidents, reader.where(CreditDeduction.class, "companyId", companyIds),
				reader.where(Survey.class, "companyId", companyIds), reader.where(Assessment.class, "companyId", companyIds),
				reader.where(Indicator.class, "subjectId", subjects).stream()
					.filter((indicator) -> inScope(indicator, projectIds, communityIds, streetIds, districtIds, companyIds))
					.toList(),
				reader.where(Inspection.class, "projectId", projectIds),
				reader.where(Title.class, "holderId", Stream.concat(projectIds.stream(), companyIds.stream()).toList())
					.stream()
					.filter((title) -> (title.holderType() == HolderType.PROJECT) ? projectIds.contains(title.holderId())
							: companyIds.contains(title.holderId()))
					.toList());
	}

	/**
	 * The activities of the projects. Read with a plain row mapper rather than the aggregate template: they are
	 * nine in ten of the rows a district's evaluation reads, and mapping them through Spring Data's entity
	 * machinery was the largest part of a batch job's reading time.
	 */
	private List<Activity> activities(List<String> projectIds) {
		List<Activity> found = new ArrayList<>();
		for (int from = 0; from < projectIds.size(); from += CHUNK) {
			found.addAll(this.jdbc.sql("""
					SELECT id, project_id, held_on, organizer, heart, kind, title, description, photo_count,
					    resident_signatures, revision, recorded_at
					FROM activities WHERE project_id IN (:ids)
					""")
				.param("ids", projectIds.subList(from, Math.min(from + CHUNK, projectIds.size())))
				.query((rs, row) -> new Activity(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4), Heart.valueOf(rs.getString(5)), ActivityKind.valueOf(rs.getString(6)),
						rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class), rs.getObject(10, Integer.class),
						rs.getLong(11), instant(rs.getTimestamp(12))))
				.list());
		}
		return found;
	}

	private static java.time.Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static boolean inScope(Indicator indicator, List<String> projects, Set<String> communities,
			Set<String> streets, Set<String> districts, Set<String> companies) {
		Collection<String> ids = switch (indicator.subjectType()) {
			case PROJECT -> projects;
			case COMMUNITY -> communities;
			case STREET -> streets;
			case DISTRICT -> districts;
			case COMPANY -> companies;
		};
		return ids.contains(indicator.subjectId());
	}

	private static <T extends Fact> List<String> ids(List<T> facts) {
		return facts.stream().map(Fact::id).toList();
	}

	private static <T> Set<String> collect(List<T> facts, Function<T, String> id) {
		Set<String> ids = new LinkedHashSet<>();
		facts.stream().map(id).filter(Objects::nonNull).forEach(ids::add);
		return ids;
	}

}
