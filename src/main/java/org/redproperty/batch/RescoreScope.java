package org.redproperty.batch;

import java.util.List;
import java.util.Set;

import org.redproperty.facts.SubjectType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The districts a job covers and how many subjects it will evaluate. A job works district by district: the
 * district is the unit evaluated in one session, so that honours, targets and rankings see all their projects.
 */
@Component
class RescoreScope {

	private static final String PROJECTS = """
			FROM projects p JOIN communities c ON c.id = p.community_id JOIN streets s ON s.id = c.street_id
			""";

	private final JdbcClient jdbc;

	RescoreScope(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> districts(String districtId) {
		if (districtId != null) {
			return this.jdbc.sql("SELECT id FROM districts WHERE id = :id").param("id", districtId).query(String.class).list();
		}
		return this.jdbc.sql("SELECT id FROM districts ORDER BY id").query(String.class).list();
	}

	/** The number of subjects of the covered types in the districts; a company counts once per district. */
	int count(String districtId, Set<SubjectType> types) {
		return types.stream().mapToInt((type) -> count(districtId, type)).sum();
	}

	private int count(String districtId, SubjectType type) {
		String where = (districtId != null) ? " WHERE s.district_id = :district" : "";
		String sql = switch (type) {
			case PROJECT -> "SELECT COUNT(*) " + PROJECTS + where;
			case COMMUNITY -> "SELECT COUNT(*) FROM communities c JOIN streets s ON s.id = c.street_id" + where;
			case STREET -> "SELECT COUNT(*) FROM streets s" + where;
			case DISTRICT -> "SELECT COUNT(*) FROM districts s"
					+ ((districtId != null) ? " WHERE s.id = :district" : "");
			case COMPANY -> "SELECT COUNT(*) FROM (SELECT DISTINCT s.district_id, p.company_id " + PROJECTS
					+ ((districtId != null) ? where + " AND" : " WHERE") + " p.company_id IS NOT NULL) x";
		};
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (districtId != null) {
			statement = statement.param("district", districtId);
		}
		return statement.query(Integer.class).single();
	}

}
