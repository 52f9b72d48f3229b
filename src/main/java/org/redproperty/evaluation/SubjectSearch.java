package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.redproperty.common.Caller;
import org.redproperty.facts.SubjectType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds subjects of every type by a part of their name or id, within a district and street, and with the status of
 * their latest stored evaluation (of a scheme, or of any): what an auditor looks a subject up by. Only what the
 * caller's district scope lets it see is found; a company belongs to the districts and streets of the projects it
 * serves.
 */
@Repository
public class SubjectSearch {

	private static final String SUBJECTS = """
			SELECT 'PROJECT' AS subject_type, 1 AS type_order, p.id, p.name, s.district_id, c.street_id
			FROM projects p JOIN communities c ON c.id = p.community_id JOIN streets s ON s.id = c.street_id
			UNION ALL SELECT 'COMPANY', 2, co.id, co.name, s.district_id, c.street_id FROM companies co
			LEFT JOIN projects p ON p.company_id = co.id LEFT JOIN communities c ON c.id = p.community_id
			LEFT JOIN streets s ON s.id = c.street_id
			UNION ALL SELECT 'COMMUNITY', 3, c.id, c.name, s.district_id, c.street_id
			FROM communities c JOIN streets s ON s.id = c.street_id
			UNION ALL SELECT 'STREET', 4, s.id, s.name, s.district_id, s.id FROM streets s
			UNION ALL SELECT 'DISTRICT', 5, d.id, d.name, d.id, NULL FROM districts d
			""";

	private static final String LATEST = """
			(SELECT e.%s FROM evaluations e WHERE e.subject_type = x.subject_type AND e.subject_id = x.id %s
			 ORDER BY e.evaluated_at DESC, e.id DESC LIMIT 1)""";

	private final JdbcClient jdbc;

	SubjectSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page (from 0) of the subjects that match, projects first, each type by id. */
	public Page find(Query query, int page, int size) {
		Map<String, Object> params = new TreeMap<>();
		List<String> where = new ArrayList<>();
		if (query.text() != null && !query.text().isBlank()) {
			where.add("(LOWER(x.name) LIKE :text OR LOWER(x.id) LIKE :text)");
			params.put("text", "%" + query.text().strip().toLowerCase() + "%");
		}
		if (query.type() != null) {
			where.add("x.subject_type = :type");
			params.put("type", query.type().name());
		}
		filter(where, params, "district", query.districtId(), "x.district_id = :district");
		filter(where, params, "street", query.streetId(), "x.street_id = :street");
		Caller.district().ifPresent((own) -> filter(where, params, "own", own, "x.district_id = :own"));
		String scheme = "";
		if (query.scheme() != null && !query.scheme().isBlank()) {
			scheme = "AND e.scheme = :scheme";
			params.put("scheme", query.scheme());
		}
		String matching = "SELECT DISTINCT x.subject_type, x.type_order, x.id, x.name, " + LATEST.formatted("status", scheme)
				+ " AS status, " + LATEST.formatted("id", scheme) + " AS evaluation_id FROM (" + SUBJECTS + ") x"
				+ (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
		String outer = "";
		if (query.status() != null && !query.status().isBlank()) {
			outer = " WHERE y.status = :status";
			params.put("status", query.status());
		}
		String from = " FROM (" + matching + ") y" + outer;
		long total = this.jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(0, page);
		List<Hit> hits = this.jdbc
			.sql("SELECT y.subject_type, y.id, y.name, y.status, y.evaluation_id" + from
					+ " ORDER BY y.type_order, y.id LIMIT :size OFFSET :offset")
			.params(params)
			.param("size", pageSize)
			.param("offset", (long) pageNumber * pageSize)
			.query((rs, row) -> new Hit(SubjectType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
		return new Page(hits, pageNumber, pageSize, total);
	}

	private static void filter(List<String> where, Map<String, Object> params, String name, String value,
			String condition) {
		if (value != null && !value.isBlank()) {
			where.add(condition);
			params.put(name, value);
		}
	}

	/**
	 * What to look for; every part may be empty. {@code status} is that of the latest stored evaluation of the
	 * subject under {@code scheme} (under any scheme when none is given).
	 */
	public record Query(String text, SubjectType type, String districtId, String streetId, String scheme,
			String status) {
	}

	/** A subject found, with its latest stored evaluation (null when it has none). */
	public record Hit(SubjectType type, String id, String name, String status, String evaluationId) {
	}

	/** One page of subjects found and how many there are in all. */
	public record Page(List<Hit> content, int page, int size, long totalElements) {

		public int totalPages() {
			return (int) ((this.totalElements + this.size - 1) / this.size);
		}

	}

}
