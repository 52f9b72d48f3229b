package org.redproperty.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.redproperty.facts.CommitteeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the current projects as the forms need them: by id or name for an upload, by district for the export. One
 * query joins the administrative tree, the company and the owners' committee, instead of reading each fact kind.
 */
@Component
class ProjectCards {

	private static final int CHUNK = 500;

	private static final String SELECT = """
			SELECT p.id, p.name, s.id AS street_id, s.name AS street_name, s.district_id, p.party_org_established,
			  (SELECT MIN(m.established) FROM committees m WHERE m.project_id = p.id AND m.kind = :owners)
			    AS committee_established,
			  p.occupancy_rate, p.company_id, co.name AS company_name
			FROM projects p JOIN communities c ON c.id = p.community_id JOIN streets s ON s.id = c.street_id
			LEFT JOIN companies co ON co.id = p.company_id
			""";

	private final JdbcClient jdbc;

	ProjectCards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The projects with one of the ids or one of the names. */
	List<ProjectCard> byIdOrName(Collection<String> ids, Collection<String> names) {
		List<ProjectCard> cards = new ArrayList<>();
		List<String> idList = List.copyOf(new HashSet<>(ids));
		List<String> nameList = List.copyOf(new HashSet<>(names));
		for (int from = 0; from < idList.size(); from += CHUNK) {
			cards.addAll(where("p.id IN (:values)", idList.subList(from, Math.min(from + CHUNK, idList.size()))));
		}
		for (int from = 0; from < nameList.size(); from += CHUNK) {
			cards.addAll(where("p.name IN (:values)", nameList.subList(from, Math.min(from + CHUNK, nameList.size()))));
		}
		return cards.stream().distinct().toList();
	}

	/** The districts of the streets with those names. */
	Map<String, Set<String>> streetDistricts(Collection<String> names) {
		Map<String, Set<String>> districts = new HashMap<>();
		List<String> list = List.copyOf(new HashSet<>(names));
		for (int from = 0; from < list.size(); from += CHUNK) {
			this.jdbc.sql("SELECT name, district_id FROM streets WHERE name IN (:names)")
				.param("names", list.subList(from, Math.min(from + CHUNK, list.size())))
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()
				.forEach((street) -> districts.computeIfAbsent(street.getKey(), (k) -> new HashSet<>()).add(street.getValue()));
		}
		return districts;
	}

	/** The district's projects, by street and id. */
	List<ProjectCard> inDistrict(String districtId) {
		return this.jdbc.sql(SELECT + " WHERE s.district_id = :district ORDER BY s.id, p.id")
			.param("owners", CommitteeKind.OWNERS_COMMITTEE.name())
			.param("district", districtId)
			.query(ProjectCard.class)
			.list();
	}

	private List<ProjectCard> where(String condition, List<String> values) {
		return this.jdbc.sql(SELECT + " WHERE " + condition)
			.param("owners", CommitteeKind.OWNERS_COMMITTEE.name())
			.param("values", values)
			.query(ProjectCard.class)
			.list();
	}

}
