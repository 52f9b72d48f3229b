package org.redproperty.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redproperty.common.Caller;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What belongs to a district: its streets, communities and projects, and the companies serving its projects. A
 * caller limited to one district ({@link Caller#district()}) sees only that; every other caller sees everything.
 */
@Component
public class DistrictScope {

	private static final String PROJECTS_OF_DISTRICT = """
			FROM projects p JOIN communities c ON c.id = p.community_id JOIN streets s ON s.id = c.street_id
			WHERE s.district_id = :district
			""";

	private final JdbcClient jdbc;

	DistrictScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the caller may see the subject: always, unless it is limited to another district. */
	public boolean visible(SubjectType type, String id) {
		Optional<String> own = Caller.district();
		return own.isEmpty() || ids(type, own.get()).contains(id);
	}

	/** The facts the caller may see of a list of subjects of one type. */
	public <T extends Fact> List<T> visible(SubjectType type, List<T> facts) {
		Optional<String> own = Caller.district();
		if (own.isEmpty()) {
			return facts;
		}
		Set<String> ids = ids(type, own.get());
		return facts.stream().filter((fact) -> ids.contains(fact.id())).toList();
	}

	/** The ids of the district's subjects of that type. */
	public Set<String> ids(SubjectType type, String district) {
		String sql = switch (type) {
			case DISTRICT -> "SELECT id FROM districts WHERE id = :district";
			case STREET -> "SELECT id FROM streets WHERE district_id = :district";
			case COMMUNITY -> "SELECT c.id FROM communities c JOIN streets s ON s.id = c.street_id WHERE s.district_id = :district";
			case PROJECT -> "SELECT p.id " + PROJECTS_OF_DISTRICT;
			case COMPANY -> "SELECT DISTINCT p.company_id " + PROJECTS_OF_DISTRICT + " AND p.company_id IS NOT NULL";
		};
		return new HashSet<>(this.jdbc.sql(sql).param("district", district).query(String.class).list());
	}

	/** The districts a stored subject belongs to: one, or for a company those of the projects it serves. */
	Set<String> districtsOf(SubjectType type, String id) {
		String sql = switch (type) {
			case DISTRICT -> "SELECT id FROM districts WHERE id = :id";
			case STREET -> "SELECT district_id FROM streets WHERE id = :id";
			case COMMUNITY -> "SELECT s.district_id FROM communities c JOIN streets s ON s.id = c.street_id WHERE c.id = :id";
			case PROJECT -> """
					SELECT s.district_id FROM projects p JOIN communities c ON c.id = p.community_id
					JOIN streets s ON s.id = c.street_id WHERE p.id = :id""";
			case COMPANY -> """
					SELECT DISTINCT s.district_id FROM projects p JOIN communities c ON c.id = p.community_id
					JOIN streets s ON s.id = c.street_id WHERE p.company_id = :id""";
		};
		return new HashSet<>(this.jdbc.sql(sql).param("id", id).query(String.class).list());
	}

}
