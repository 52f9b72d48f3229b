package org.redproperty.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current facts of one subject as a person reads them, within the caller's district scope: the subject, what
 * is attached to it, and the revisions that recorded them (who and when). The API's project details and the
 * subject pages read them here.
 */
@Service
public class SubjectFacts {

	private final FactStore facts;

	private final DistrictScope scope;

	private final Revisions revisions;

	SubjectFacts(FactStore facts, DistrictScope scope, Revisions revisions) {
		this.facts = facts;
		this.scope = scope;
		this.revisions = revisions;
	}

	/** The subject's current facts (its scope, as an evaluation of it reads them), if it exists and the caller sees it. */
	@Transactional(readOnly = true)
	public Optional<Dataset> current(SubjectType type, String id) {
		if (!this.scope.visible(type, id) || this.facts.find(FactKind.of(type).type(), id).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.facts.scope(type, id));
	}

	/**
	 * The subject's current facts.
	 * @throws FactsException {@code SUBJECT_NOT_FOUND} when it does not exist or is outside the caller's district
	 */
	public Dataset of(SubjectType type, String id) {
		return current(type, id).orElseThrow(() -> FactsException.notFound("SUBJECT_NOT_FOUND",
				type.label() + "「" + id + "」不存在"));
	}

	/** A project with where it is, who serves it and its records, if it exists and the caller sees it. */
	public Optional<ProjectDetails> project(String id) {
		return current(SubjectType.PROJECT, id).flatMap((scope) -> scope.projects()
			.stream()
			.findFirst()
			.map((project) -> new ProjectDetails(project, first(scope.communities()), first(scope.streets()),
					first(scope.districts()), first(scope.companies()), scope.committees(), scope.nominations(),
					scope.activities(), scope.incidents(), scope.indicators(), scope.inspections(),
					held(scope.titles(), HolderType.PROJECT, id))));
	}

	/** The revisions that recorded these facts, by number (facts stored before revisions existed have none). */
	public Map<Long, Revision> recordedBy(List<? extends Fact> facts) {
		Map<Long, Revision> found = new TreeMap<>();
		facts.stream()
			.map(Fact::revision)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((revision) -> this.revisions.find(revision).ifPresent((r) -> found.put(revision, r)));
		return found;
	}

	/** The titles of the scope that this holder holds (or held): not those of its company. */
	public static List<Title> held(List<Title> titles, HolderType type, String id) {
		return titles.stream().filter((t) -> t.holderType() == type && t.holderId().equals(id)).toList();
	}

	private static <T> T first(List<T> facts) {
		return facts.isEmpty() ? null : facts.get(0);
	}

}
