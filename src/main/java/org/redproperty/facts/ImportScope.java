package org.redproperty.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which rows of a dataset touch a district other than the importer's own: each row's district is found through
 * the rows of the same dataset first, then through the stored facts (a street's district, a community's street, a
 * project's community; a company by the projects it serves). A company that serves no project yet touches none.
 */
final class ImportScope {

	private final Dataset dataset;

	private final DistrictScope stored;

	private final Map<String, Set<String>> memo = new HashMap<>();

	ImportScope(Dataset dataset, DistrictScope stored) {
		this.dataset = dataset;
		this.stored = stored;
	}

	/**
	 * One problem per row, and per retraction, that touches another district than {@code own}: a retracted fact's
	 * district is that of its stored version.
	 */
	List<ImportProblem> outside(String own, JsonNode root, Map<FactKind, List<String>> retract,
			BiFunction<FactKind, String, Fact> stored) {
		List<ImportProblem> problems = new ArrayList<>();
		retract.forEach((kind, ids) -> {
			for (int index = 0; index < ids.size(); index++) {
				Fact fact = stored.apply(kind, ids.get(index));
				Set<String> others = (fact != null) ? new HashSet<>(districts(fact)) : new HashSet<>();
				others.remove(own);
				if (!others.isEmpty()) {
					problems.add(new ImportProblem(RetractionCheck.KEY, index, fact.id(), kind.key(),
							RowCode.OUTSIDE_DISTRICT.name(), "要撤回的记录属于区 " + String.join("、", new TreeSet<>(others))
									+ "，本账户只能撤回区「" + own + "」的数据"));
				}
			}
		});
		for (FactKind kind : FactKind.values()) {
			Map<String, Integer> positions = positions(root.path(kind.key()));
			for (Fact fact : kind.of(this.dataset)) {
				Set<String> others = new HashSet<>(districts(fact));
				others.remove(own);
				if (!others.isEmpty()) {
					problems.add(new ImportProblem(kind.key(), positions.get(fact.id()), fact.id(), null,
							RowCode.OUTSIDE_DISTRICT.name(), "该行属于区 " + others.stream().sorted().collect(Collectors.joining("、"))
									+ "，本账户只能导入区「" + own + "」的数据"));
				}
			}
		}
		return problems;
	}

	private Set<String> districts(Fact fact) {
		if (fact instanceof District district) {
			return Set.of(district.id());
		}
		if (fact instanceof Street || fact instanceof Community || fact instanceof Project || fact instanceof Company) {
			return of(SubjectType.valueOf(fact.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT)), fact.id());
		}
		if (fact instanceof Incident incident) {
			return (incident.projectId() != null) ? of(SubjectType.PROJECT, incident.projectId())
					: of(SubjectType.COMPANY, incident.companyId());
		}
		if (fact instanceof Indicator indicator) {
			return of(indicator.subjectType(), indicator.subjectId());
		}
		if (fact instanceof Title title) {
			return of(title.holderType().subjectType(), title.holderId());
		}
		String project = (fact instanceof Committee c) ? c.projectId() : (fact instanceof Nomination n) ? n.projectId()
				: (fact instanceof Activity a) ? a.projectId() : (fact instanceof Inspection i) ? i.projectId() : null;
		if (project != null) {
			return of(SubjectType.PROJECT, project);
		}
		String company = (fact instanceof CreditDeduction d) ? d.companyId() : (fact instanceof Survey s) ? s.companyId()
				: (fact instanceof Assessment a) ? a.companyId() : null;
		return of(SubjectType.COMPANY, company);
	}

	private Set<String> of(SubjectType type, String id) {
		if (type == null || id == null) {
			return Set.of();
		}
		String key = type + ":" + id;
		Set<String> known = this.memo.get(key);
		if (known == null) {
			known = resolve(type, id);
			this.memo.put(key, known);
		}
		return known;
	}

	/** The districts the subject belongs to by this dataset and as stored: moving a row counts on both sides. */
	private Set<String> resolve(SubjectType type, String id) {
		Set<String> districts = new HashSet<>(this.stored.districtsOf(type, id));
		switch (type) {
			case DISTRICT -> districts.add(id);
			case STREET -> inDataset(this.dataset.streets(), id).ifPresent((s) -> districts.addAll(nonNull(s.districtId())));
			case COMMUNITY -> inDataset(this.dataset.communities(), id)
				.ifPresent((c) -> districts.addAll(of(SubjectType.STREET, c.streetId())));
			case PROJECT -> inDataset(this.dataset.projects(), id)
				.ifPresent((p) -> districts.addAll(of(SubjectType.COMMUNITY, p.communityId())));
			case COMPANY -> this.dataset.projects()
				.stream()
				.filter((project) -> id.equals(project.companyId()))
				.forEach((project) -> districts.addAll(of(SubjectType.PROJECT, project.id())));
		}
		return districts;
	}

	private static <T extends Fact> java.util.Optional<T> inDataset(List<T> facts, String id) {
		return facts.stream().filter((fact) -> fact.id().equals(id)).findFirst();
	}

	private static Set<String> nonNull(String id) {
		return (id != null) ? Set.of(id) : Set.of();
	}

	private static Map<String, Integer> positions(JsonNode rows) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String id = rows.get(i).path("id").asText(null);
			if (id != null) {
				positions.putIfAbsent(id, i);
			}
		}
		return positions;
	}

}
