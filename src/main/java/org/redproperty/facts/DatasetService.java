package org.redproperty.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.common.Caller;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports datasets: every row is checked first, and only a dataset without a single problem is written, in one
 * transaction, inserting new ids and updating known ones.
 */
@Service
public class DatasetService {

	private static final int CHUNK = 1000;

	private final ObjectMapper objectMapper;

	private final JdbcAggregateTemplate template;

	private final JdbcClient jdbc;

	private final DistrictScope scope;

	public DatasetService(ObjectMapper objectMapper, JdbcAggregateTemplate template, JdbcClient jdbc,
			DistrictScope scope) {
		this.scope = scope;
		this.objectMapper = objectMapper;
		this.template = template;
		this.jdbc = jdbc;
	}

	/**
	 * Imports the dataset, all or nothing.
	 * @throws InvalidDatasetException listing every bad row; nothing is written then
	 */
	@Transactional
	public ImportSummary importDataset(JsonNode root) {
		List<ImportProblem> problems = new DatasetValidator(this::storedIds).validate(root);
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(problems);
		}
		Dataset dataset;
		try {
			dataset = this.objectMapper.treeToValue(root, Dataset.class);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidDatasetException(List.of(new ImportProblem(null, null, null, null, "UNREADABLE",
					"数据集无法读取：" + ex.getOriginalMessage())));
		}
		// A caller limited to one district imports only that district's rows: any other row refuses the whole import.
		if (Caller.district().isPresent()) {
			List<ImportProblem> outside = new ImportScope(dataset, this.scope).outside(Caller.district().get(), root);
			if (!outside.isEmpty()) {
				throw new InvalidDatasetException(outside);
			}
		}
		Map<String, Integer> created = new LinkedHashMap<>();
		Map<String, Integer> updated = new LinkedHashMap<>();
		for (FactKind kind : FactKind.values()) {
			List<? extends Fact> facts = kind.of(dataset);
			if (facts.isEmpty()) {
				continue;
			}
			Set<String> stored = storedIds(kind, facts.stream().map(Fact::id).toList());
			List<? extends Fact> toUpdate = facts.stream().filter((fact) -> stored.contains(fact.id())).toList();
			List<? extends Fact> toInsert = facts.stream().filter((fact) -> !stored.contains(fact.id())).toList();
			this.template.insertAll(toInsert);
			this.template.updateAll(toUpdate);
			created.put(kind.key(), toInsert.size());
			updated.put(kind.key(), toUpdate.size());
		}
		return new ImportSummary(dataset.size(), created, updated);
	}

	/** Which of the ids are stored as facts of that kind. */
	Set<String> storedIds(FactKind kind, Collection<String> ids) {
		Set<String> stored = new HashSet<>();
		List<String> list = List.copyOf(new HashSet<>(ids));
		for (int from = 0; from < list.size(); from += CHUNK) {
			stored.addAll(this.jdbc.sql("SELECT id FROM " + kind.table() + " WHERE id IN (:ids)")
				.param("ids", list.subList(from, Math.min(from + CHUNK, list.size())))
				.query(String.class)
				.list());
		}
		return stored;
	}

	/** How many facts an import wrote, by kind. */
	public record ImportSummary(int total, Map<String, Integer> created, Map<String, Integer> updated) {
	}

}
