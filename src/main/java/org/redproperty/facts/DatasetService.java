package org.redproperty.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redproperty.common.Caller;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports datasets as revisions: every row is checked first, and only a dataset without a single problem is
 * written, in one transaction that holds the revision counter (so imports are applied one after the other). A new
 * id adds a fact, a row that differs from the current version of its id closes that version and adds a new one,
 * an unchanged row adds nothing, and the retracted ids close their current version.
 */
@Service
public class DatasetService {

	private static final int CHUNK = 1000;

	private final ObjectMapper objectMapper;

	private final JdbcAggregateTemplate template;

	private final JdbcClient jdbc;

	private final FactTables tables;

	private final Revisions revisions;

	private final FactActor actor;

	private final DistrictScope scope;

	private final Clock clock = Clock.systemUTC();

	public DatasetService(ObjectMapper objectMapper, JdbcAggregateTemplate template, JdbcClient jdbc,
			FactTables tables, Revisions revisions, FactActor actor, DistrictScope scope) {
		this.scope = scope;
		this.objectMapper = objectMapper;
		this.template = template;
		this.jdbc = jdbc;
		this.tables = tables;
		this.revisions = revisions;
		this.actor = actor;
	}

	/**
	 * Imports the dataset, all or nothing, as the next revision.
	 * @param source where the payload comes from, e.g. {@code api} or the demo files
	 * @throws InvalidDatasetException listing every bad row; nothing is written then
	 */
	@Transactional
	public ImportSummary importDataset(JsonNode root, String source) {
		long revision = this.revisions.next();
		List<ImportProblem> problems = problems(root);
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(problems);
		}
		Dataset dataset = read(root);
		Map<FactKind, List<String>> retract = RetractionCheck.read(root);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Revision.Counts> counts = new LinkedHashMap<>();
		for (FactKind kind : FactKind.values()) {
			List<? extends Fact> facts = kind.of(dataset);
			List<String> retracted = retract.getOrDefault(kind, List.of());
			if (!facts.isEmpty() || !retracted.isEmpty()) {
				counts.put(kind.key(), write(kind, facts, revision, now));
			}
		}
		List<FactKind> reversed = new ArrayList<>(List.of(FactKind.values()));
		java.util.Collections.reverse(reversed);
		for (FactKind kind : reversed) {
			List<String> ids = retract.getOrDefault(kind, List.of());
			if (!ids.isEmpty()) {
				this.tables.retire(kind, ids, revision);
				this.tables.delete(kind, ids);
				Revision.Counts written = counts.get(kind.key());
				counts.put(kind.key(), new Revision.Counts(written.added(), written.changed(), ids.size()));
			}
		}
		this.revisions.save(new Revision(revision, now, this.actor.get(), source, sha256(root), counts));
		return new ImportSummary(revision, dataset.size(), total(counts, Revision.Counts::added),
				total(counts, Revision.Counts::changed), total(counts, Revision.Counts::retracted));
	}

	/**
	 * The problems {@link #importDataset} would refuse the dataset for, found the same way, without writing
	 * anything: for a caller (such as an Excel form) that has problems of its own to report with them.
	 */
	@Transactional(readOnly = true)
	public List<ImportProblem> check(JsonNode root) {
		return problems(root);
	}

	private List<ImportProblem> problems(JsonNode root) {
		List<ImportProblem> problems = new DatasetValidator(this::storedIds, lookup()).validate(root);
		// A caller limited to one district imports only that district's rows: any other row refuses the whole import.
		if (problems.isEmpty() && Caller.district().isPresent()) {
			return new ImportScope(read(root), this.scope).outside(Caller.district().get(), root,
					RetractionCheck.read(root), (kind, id) -> this.template.findById(id, kind.type()));
		}
		return problems;
	}

	/** Adds the new facts, and a new version of each changed one; answers what it wrote. */
	private Revision.Counts write(FactKind kind, List<? extends Fact> facts, long revision, Instant now) {
		Map<String, Fact> stored = new LinkedHashMap<>();
		for (int from = 0; from < facts.size(); from += CHUNK) {
			List<String> ids = facts.subList(from, Math.min(from + CHUNK, facts.size())).stream().map(Fact::id).toList();
			this.template.findAllById(ids, kind.type()).forEach((fact) -> stored.put(fact.id(), fact));
		}
		List<Fact> added = facts.stream().filter((fact) -> !stored.containsKey(fact.id())).collect(Collectors.toList());
		List<Fact> changed = facts.stream()
			.filter((fact) -> stored.containsKey(fact.id()) && !changes(stored.get(fact.id()), fact).isEmpty())
			.collect(Collectors.toList());
		List<String> changedIds = changed.stream().map(Fact::id).toList();
		this.tables.retire(kind, changedIds, revision);
		this.template.updateAll(changed);
		this.template.insertAll(added);
		List<String> recorded = new ArrayList<>(changedIds);
		added.forEach((fact) -> recorded.add(fact.id()));
		this.tables.stamp(kind, recorded, revision, now);
		return new Revision.Counts(added.size(), changed.size(), 0);
	}

	/** What differs between two versions of a fact, field by field. */
	List<FieldChange> changes(Fact before, Fact after) {
		return FactChanges.between(this.objectMapper.valueToTree(before), this.objectMapper.valueToTree(after));
	}

	private Dataset read(JsonNode root) {
		JsonNode rows = root;
		if (root.has(RetractionCheck.KEY)) {
			rows = ((ObjectNode) root.deepCopy()).without(RetractionCheck.KEY);
		}
		try {
			return this.objectMapper.treeToValue(rows, Dataset.class);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidDatasetException(List.of(new ImportProblem(null, null, null, null,
					RowCode.NOT_AN_OBJECT.name(), "数据集无法读取：格式与事实类型的字段不符")));
		}
	}

	private RetractionCheck.Lookup lookup() {
		return new RetractionCheck.Lookup() {
			@Override
			public Set<String> retracted(FactKind kind, Collection<String> ids) {
				return DatasetService.this.tables.retracted(kind, ids);
			}

			@Override
			public List<String> referencing(FactKind kind, String property, Collection<String> ids) {
				return DatasetService.this.tables.idsWhere(kind, property, ids);
			}
		};
	}

	/** Which of the ids are stored as current facts of that kind. */
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

	private String sha256(JsonNode root) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(this.objectMapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Integer> total(Map<String, Revision.Counts> counts,
			Function<Revision.Counts, Integer> count) {
		Map<String, Integer> totals = new LinkedHashMap<>();
		counts.forEach((kind, c) -> totals.put(kind, count.apply(c)));
		return totals;
	}

	/**
	 * What an import wrote: its revision, the rows sent, and by kind the facts added (created), changed (updated:
	 * a new version of a known id; a row sent unchanged counts in neither) and retracted.
	 */
	public record ImportSummary(long revision, int total, Map<String, Integer> created, Map<String, Integer> updated,
			Map<String, Integer> retracted) {
	}

}
