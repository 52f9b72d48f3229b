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

	public DatasetService(ObjectMapper objectMapper, JdbcAggregateTemplate template, JdbcClient jdbc) {
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
			throw new InvalidDatasetException(List.of(new ImportProblem(null, null, null, null,
					RowCode.NOT_AN_OBJECT.name(), "数据集无法读取：格式与事实类型的字段不符")));
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
