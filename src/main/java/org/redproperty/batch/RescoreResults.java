package org.redproperty.batch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.redproperty.facts.SubjectType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-subject rows of re-score jobs, in job order: district, then subject type, then id. */
@Repository
class RescoreResults {

	private static final String COLUMNS = """
			unit_id, subject_type, subject_id, status, total_points, subject_rank, previous_status, changed,
			evaluation_id, error_code, error_message
			""";

	private static final String ORDER = " ORDER BY unit_id, type_order, subject_id";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RescoreResults(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** One batch statement for a district's rows (the bulk path of a job, hence not one statement per row). */
	void insertAll(String jobId, List<RescoreResult> results) {
		SqlParameterSource[] rows = results.stream()
			.map((r) -> new MapSqlParameterSource().addValue("job", jobId)
				.addValue("unit", r.districtId())
				.addValue("type", r.subjectType().name())
				.addValue("order", SubjectRef.order(r.subjectType()))
				.addValue("subject", r.subjectId())
				.addValue("status", r.status())
				.addValue("points", r.totalPoints())
				.addValue("rank", r.rank())
				.addValue("previous", r.previousStatus())
				.addValue("changed", r.changed())
				.addValue("evaluation", r.evaluationId())
				.addValue("errorCode", (r.error() != null) ? r.error().code() : null)
				.addValue("errorMessage", (r.error() != null) ? r.error().message() : null))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate("""
				INSERT INTO rescore_results (job_id, unit_id, subject_type, type_order, subject_id, status,
				    total_points, subject_rank, previous_status, changed, evaluation_id, error_code, error_message)
				VALUES (:job, :unit, :type, :order, :subject, :status, :points, :rank, :previous, :changed,
				    :evaluation, :errorCode, :errorMessage)
				""", rows);
	}

	/** The districts whose rows are written: a resumed job skips them. */
	Set<String> unitsDone(String jobId) {
		return Set.copyOf(this.jdbc.sql("SELECT DISTINCT unit_id FROM rescore_results WHERE job_id = :job")
			.param("job", jobId)
			.query(String.class)
			.list());
	}

	/** Each subject's status in one district of a job, keyed by {@code TYPE:id}. */
	Map<String, String> statuses(String jobId, String unitId) {
		Map<String, String> statuses = new HashMap<>();
		this.jdbc.sql("""
				SELECT subject_type, subject_id, status FROM rescore_results WHERE job_id = :job AND unit_id = :unit
				""").param("job", jobId).param("unit", unitId).query((rs) -> {
			statuses.put(key(SubjectType.valueOf(rs.getString(1)), rs.getString(2)), rs.getString(3));
		});
		return statuses;
	}

	static String key(SubjectType type, String id) {
		return type + ":" + id;
	}

	Optional<RescoreResult> find(String jobId, String unitId, SubjectType type, String subjectId) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM rescore_results
				WHERE job_id = :job AND unit_id = :unit AND subject_type = :type AND subject_id = :subject
				""")
			.param("job", jobId)
			.param("unit", unitId)
			.param("type", type.name())
			.param("subject", subjectId)
			.query(RescoreResults::result)
			.optional();
	}

	/** The rows of a job for the same subjects (district, type and id) as the rows given, in one query. */
	Map<String, RescoreResult> matching(String jobId, List<RescoreResult> rows) {
		Map<String, RescoreResult> found = new HashMap<>();
		if (rows.isEmpty()) {
			return found;
		}
		this.jdbc.sql("SELECT " + COLUMNS + " FROM rescore_results WHERE job_id = :job AND subject_id IN (:ids)")
			.param("job", jobId)
			.param("ids", rows.stream().map(RescoreResult::subjectId).distinct().toList())
			.query(RescoreResults::result)
			.list()
			.forEach((row) -> found.put(row.districtId() + "/" + key(row.subjectType(), row.subjectId()), row));
		return found;
	}

	List<RescoreResult> page(String jobId, ResultFilter filter, int page, int size) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM rescore_results WHERE job_id = :job" + filter.where() + ORDER
				+ " LIMIT :size OFFSET :offset")
			.param("job", jobId)
			.params(filter.params())
			.param("size", size)
			.param("offset", (long) page * size)
			.query(RescoreResults::result)
			.list();
	}

	long count(String jobId, ResultFilter filter) {
		return this.jdbc.sql("SELECT COUNT(*) FROM rescore_results WHERE job_id = :job" + filter.where())
			.param("job", jobId)
			.params(filter.params())
			.query(Long.class)
			.single();
	}

	/** Every row of a job in order, one at a time, for reports of any size. */
	void forEach(String jobId, ResultFilter filter, Consumer<RescoreResult> action) {
		this.jdbc.sql("SELECT " + COLUMNS + " FROM rescore_results WHERE job_id = :job" + filter.where() + ORDER)
			.param("job", jobId)
			.params(filter.params())
			.query((ResultSet rs) -> action.accept(result(rs, 0)));
	}

	private static RescoreResult result(ResultSet rs, int row) throws SQLException {
		String errorCode = rs.getString("error_code");
		BigDecimal points = rs.getBigDecimal("total_points");
		return new RescoreResult(rs.getString("unit_id"), SubjectType.valueOf(rs.getString("subject_type")),
				rs.getString("subject_id"), rs.getString("status"),
				(points != null) ? points.stripTrailingZeros() : null, (Integer) rs.getObject("subject_rank", Integer.class),
				rs.getString("previous_status"), rs.getBoolean("changed"), rs.getString("evaluation_id"),
				(errorCode != null) ? new RescoreResult.Error(errorCode, rs.getString("error_message")) : null);
	}

}
