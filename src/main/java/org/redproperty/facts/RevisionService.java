package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The revisions of the facts and the history of one fact. */
@Service
public class RevisionService {

	private final Revisions revisions;

	private final FactTables tables;

	private final ObjectMapper objectMapper;

	RevisionService(Revisions revisions, FactTables tables, ObjectMapper objectMapper) {
		this.revisions = revisions;
		this.tables = tables;
		this.objectMapper = objectMapper;
	}

	public Revision find(long revision) {
		return this.revisions.find(revision)
			.orElseThrow(() -> FactsException.notFound("REVISION_NOT_FOUND", "修订版本 " + revision + " 不存在"));
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
