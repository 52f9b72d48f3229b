package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redproperty.common.Caller;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The revisions of the facts and the history of one fact. */
@Service
public class RevisionService {

	private final Revisions revisions;

	private final FactTables tables;

	private final ObjectMapper objectMapper;

	private final JdbcClient jdbc;

	private final DistrictScope scope;

	RevisionService(Revisions revisions, FactTables tables, ObjectMapper objectMapper, JdbcClient jdbc,
			DistrictScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.revisions = revisions;
		this.tables = tables;
		this.objectMapper = objectMapper;
	}

	public Revision find(long revision) {
		return this.revisions.find(revision)
			.orElseThrow(() -> FactsException.notFound("REVISION_NOT_FOUND", "修订版本 " + revision + " 不存在"));
	}

	/**
	 * The projects whose current facts the revision recorded (the project itself, or a committee, nomination,
	 * activity or incident of it), by id, as far as the caller sees them; facts it retracted are gone and name none.
	 */
	@Transactional(readOnly = true)
	public List<String> projectsOf(long revision) {
		List<String> ids = this.jdbc.sql("""
				SELECT id FROM projects WHERE revision = :revision
				UNION SELECT project_id FROM committees WHERE revision = :revision
				UNION SELECT project_id FROM nominations WHERE revision = :revision
				UNION SELECT project_id FROM activities WHERE revision = :revision
				UNION SELECT project_id FROM incidents WHERE revision = :revision AND project_id IS NOT NULL
				""").param("revision", revision).query(String.class).list();
		Optional<Set<String>> visible = Caller.district().map((own) -> this.scope.ids(SubjectType.PROJECT, own));
		return ids.stream().filter((id) -> visible.map((own) -> own.contains(id)).orElse(true)).sorted().toList();
	}

	/** Every version of the fact, oldest first, each with what it changed. */
	@Transactional(readOnly = true)
	public FactHistory history(String kindKey, String id) {
		FactKind kind = Optional.ofNullable(FactKind.byKey(kindKey))
			.orElseThrow(() -> FactsException.notFound("UNKNOWN_KIND", "未知的事实类型「" + kindKey + "」"));
		List<FactTables.Version<? extends Fact>> versions = new ArrayList<>(this.tables.versions(kind.type(), id));
		if (versions.isEmpty()) {
			throw FactsException.notFound("FACT_NOT_FOUND", Messages.kindName(kind) + "「" + id + "」不存在，也从未存在过");
		}
		List<FactHistory.Entry> entries = new ArrayList<>();
		JsonNode before = null;
		for (int i = 0; i < versions.size(); i++) {
			FactTables.Version<? extends Fact> version = versions.get(i);
			JsonNode content = content(version.fact());
			Long retiredBy = version.retiredBy();
			boolean retracted = retiredBy != null && i == versions.size() - 1;
			long revision = version.fact().revision();
			Revision recorded = this.revisions.find(revision).orElse(null);
			entries.add(new FactHistory.Entry(revision, version.fact().recordedAt(),
					(recorded != null) ? recorded.actor() : null, (recorded != null) ? recorded.source() : null,
					content, FactChanges.between(before, content), retiredBy, retracted));
			before = content;
		}
		boolean current = versions.get(versions.size() - 1).retiredBy() == null;
		return new FactHistory(kind.key(), id, current, entries);
	}

	private JsonNode content(Fact fact) {
		ObjectNode node = this.objectMapper.valueToTree(fact);
		node.remove(List.of("revision", "recordedAt"));
		return node;
	}

}
