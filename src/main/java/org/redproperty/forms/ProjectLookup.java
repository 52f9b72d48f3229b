package org.redproperty.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redproperty.facts.RowCode;

/**
 * Finds the project a row names: by its id, or else by its name within the district, which is the caller's own
 * district for an account limited to one, or else the district of the street the row names (when it names one).
 * An unknown or ambiguous name is a problem of the row; an unknown id is left to the import's own check of
 * references.
 */
final class ProjectLookup {

	private final Map<String, ProjectCard> byId;

	private final Map<String, List<ProjectCard>> byName;

	private final Optional<String> district;

	private final Map<String, Set<String>> streetDistricts;

	/**
	 * @param district the caller's own district, if it is limited to one
	 * @param streetDistricts the districts of the streets (by name) the rows name
	 */
	ProjectLookup(List<ProjectCard> cards, Optional<String> district, Map<String, Set<String>> streetDistricts) {
		this.byId = cards.stream().collect(Collectors.toMap(ProjectCard::id, Function.identity(), (a, b) -> a));
		this.byName = cards.stream().collect(Collectors.groupingBy(ProjectCard::name));
		this.district = district;
		this.streetDistricts = streetDistricts;
	}

	/**
	 * The project of the row: its id (null when the row names none that is known, the problem recorded) and the
	 * column that named it, or that the problem is recorded on.
	 */
	Resolved resolve(RowValues row, String idHeader, String nameHeader, String streetHeader) {
		String id = row.text(idHeader);
		String name = row.text(nameHeader);
		if (id != null) {
			ProjectCard card = this.byId.get(id);
			if (card != null && name != null && !name.equals(card.name()) && !name.equals(card.id())) {
				row.problem(nameHeader, RowCode.NOT_AS_STORED, "「" + nameHeader + "」是「" + name + "」，但项目编号「" + id
						+ "」的项目名为「" + card.name() + "」");
			}
			if (card != null && this.district.isPresent() && !this.district.get().equals(card.districtId())) {
				row.problem(idHeader, RowCode.OUTSIDE_DISTRICT, "项目「" + id + "」属于区 " + card.districtId() + "，本账户只能导入区「"
						+ this.district.get() + "」的数据");
			}
			return new Resolved(id, idHeader, card);
		}
		if (name == null) {
			row.problem(idHeader, RowCode.MISSING_FIELD, "须填「" + idHeader + "」或「" + nameHeader + "」");
			return new Resolved(null, idHeader, null);
		}
		List<ProjectCard> candidates = this.byName.getOrDefault(name, List.of());
		if (this.district.isPresent()) {
			candidates = candidates.stream().filter((card) -> card.districtId().equals(this.district.get())).toList();
		}
		String street = (streetHeader != null) ? row.text(streetHeader) : null;
		if (street != null && this.district.isEmpty()) {
			Set<String> districts = this.streetDistricts.getOrDefault(street, Set.of());
			candidates = candidates.stream().filter((card) -> districts.contains(card.districtId())).toList();
		}
		if (candidates.isEmpty() && this.byId.containsKey(name) && (this.district.isEmpty()
				|| this.byId.get(name).districtId().equals(this.district.get()))) {
			return new Resolved(name, nameHeader, this.byId.get(name));
		}
		if (candidates.size() == 1) {
			return new Resolved(candidates.get(0).id(), nameHeader, candidates.get(0));
		}
		if (candidates.isEmpty()) {
			row.problem(nameHeader, RowCode.UNKNOWN_NAME, "找不到名为「" + name + "」的项目"
					+ ((street != null) ? "（在街道（镇）「" + street + "」所在的区中）" : this.district.isPresent() ? "（在本区中）" : "")
					+ "；请核对名称，或填项目编号");
			return new Resolved(null, nameHeader, null);
		}
		row.problem(nameHeader, RowCode.AMBIGUOUS_NAME, "有 " + candidates.size() + " 个项目名为「" + name + "」："
				+ candidates.stream().map((card) -> card.id() + "（" + card.streetName() + "）").sorted()
					.collect(Collectors.joining("、"))
				+ "；请填项目编号");
		return new Resolved(null, nameHeader, null);
	}

	/** The project a row names: its id, the column that named it, and the stored project (null if unknown). */
	record Resolved(String projectId, String column, ProjectCard card) {
	}

}
