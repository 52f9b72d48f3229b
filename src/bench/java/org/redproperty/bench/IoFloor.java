package org.redproperty.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * The true I/O floor of a re-score job, for {@code bench/rescore.sh}: plain JDBC and the JDK (and the job's UUID
 * generator), no Spring, no rules, no class of the product. Given a job that ran (the newest that succeeded unless {@code --job} names one), it does the
 * job's reading and writing again, district by district on as many threads, and nothing else:
 * <ul>
 * <li>reads the facts of each district with the SELECTs {@code FactStore.scope(DISTRICT, id, latest revision)} issues
 * (same tables, columns, WHERE and chunks of 1000 values, in the same order, each query depending on the ids the
 * ones before it read), streamed forward-only, every column of every row read as bytes and only counted and summed;
 * and, when the job had a previous job, that job's statuses of the district, as the job reads them;</li>
 * <li>writes in one transaction per district as many rows as the job wrote for it: one {@code evaluations} row per
 * subject the job evaluated (a fresh time-ordered UUID, as the job's are, the job's own column values, a payload of the average size of the job's
 * stored results), one {@code rescore_results} row per subject (the job's values, pointing at the new evaluation),
 * in multi-row batched INSERTs, and the job's progress.</li>
 * </ul>
 * The payload follows the storage of the {@code evaluations} table: with a column {@code result_zip} (V18) it is
 * random, incompressible bytes of the average {@code LENGTH(result_zip)} with their SHA-256 in {@code result_digest}
 * and no {@code result_json}; without it, a text of the average {@code LENGTH(result_json)}.
 * <p>
 * The floor's own job is a copy of the job's {@code rescore_jobs} row under a new id, SUCCEEDED at the end, whose
 * {@code scope_key} ends in {@value #SCOPE_SUFFIX}: the service never takes it for the previous job of a scope, since
 * its evaluations hold filler and no result. What it prints starts like the {@code rescore} command's lines
 * ({@code 任务 … 用时 X 秒}, {@code 每秒 …}), then the rows and bytes read and written. The time is that of the job's
 * work (from its row's insert to its end), not of the preparation before it (reading what the job wrote).
 *
 * <pre>
 * java -cp target/bench/classes:$(cat target/bench/benchmarks.classpath) org.redproperty.bench.IoFloor \
 *     [--url jdbc:mysql://127.0.0.1:3306/rp_bench_1000?rewriteBatchedStatements=true] [--job ID] [--threads N]
 * </pre>
 */
public final class IoFloor {

	static final String SCOPE_SUFFIX = "#floor";

	/**
	 * Evaluation ids as the job makes them: time-ordered UUIDs (version 7), so that the floor's rows fill the
	 * table's pages in key order as the job's do, and no random page splits make the floor slower than the job's
	 * writing.
	 */
	private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

	private static final int CHUNK = 1000;

	private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	/* The columns Spring Data JDBC selects for each fact table (FactStore.where), activities those of FactStore.activities. */

	private static final String DISTRICTS = "id, name, revision, recorded_at";

	private static final String STREETS = "id, name, revision, district_id, recorded_at";

	private static final String COMMUNITIES = "id, name, revision, street_id, recorded_at";

	private static final String COMPANIES = "id, name, revision, party_org, credit_code, recorded_at, employee_count, "
			+ "party_member_count, first_service_date, party_org_established, checklist_flag, checklist_oath, "
			+ "checklist_venue, checklist_work_plan, checklist_notice_board, checklist_duty_division";

	private static final String PROJECTS = "id, name, revision, company_id, households, recorded_at, manager_name, "
			+ "community_id, occupancy_rate, party_org_established, manager_is_party_member, manager_on_branch_committee, "
			+ "disclosure_contract, disclosure_public_income, disclosure_service_standard";

	private static final String COMMITTEES = "id, kind, revision, project_id, recorded_at, member_count, established, "
			+ "has_party_org, party_member_count, chair_is_party_member";

	private static final String NOMINATIONS = "id, scheme_year, nominated_on, scheme, opinion, revision, project_id, "
			+ "recorded_at";

	private static final String ACTIVITIES = "id, project_id, held_on, organizer, heart, kind, title, description, "
			+ "photo_count, resident_signatures, revision, recorded_at";

	private static final String INCIDENTS = "id, incident_type, occurred_on, revision, rectify_by, project_id, "
			+ "company_id, recorded_at, description, rectified_on, rectification_verdict";

	private static final String CREDIT_DEDUCTIONS = "id, imposed_on, points, reason, revision, company_id, recorded_at";

	private static final String SURVEYS = "id, surveyed_on, revision, company_id, recorded_at, respondents, average_score";

	private static final String ASSESSMENTS = "id, assessed_on, team, assessment_level, image, service, revision, "
			+ "company_id, management, recorded_at, organization";

	private static final String INDICATORS = "id, code, measured_on, indicator_value, revision, subject_id, "
			+ "recorded_at, subject_type";

	private static final String INSPECTIONS = "id, inspected_on, score, revision, inspector, project_id, recorded_at";

	private static final String TITLES = "id, scheme_year, title, scheme, revision, holder_id, granted_on, revoked_on, "
			+ "holder_type, recorded_at, revocation_reason";

	/* What the floor copies of each of the job's rows: its rescore_results row and its evaluation, if any. */

	private static final String RESULT_COLUMNS = "unit_id, subject_type, type_order, subject_id, status, total_points, "
			+ "subject_rank, previous_status, changed, error_code, error_message";

	private static final String EVALUATION_COLUMNS = "scheme, scheme_year, subject_type, subject_id, as_of, status, "
			+ "total_points, ruleset_hash, facts_scope, requested_by, period, required_rulesets";

	private static final int RESULTS = RESULT_COLUMNS.split(",").length;

	private static final int EVALUATIONS = EVALUATION_COLUMNS.split(",").length;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private final String url;

	private final String user;

	private final String password;

	private final int threads;

	private final AtomicLong rowsRead = new AtomicLong();

	private final AtomicLong bytesRead = new AtomicLong();

	private final AtomicLong queries = new AtomicLong();

	private final AtomicLong checksum = new AtomicLong();

	private final AtomicLong evaluationsWritten = new AtomicLong();

	private final AtomicLong resultsWritten = new AtomicLong();

	private final AtomicLong payloadWritten = new AtomicLong();

	private IoFloor(String url, String user, String password, int threads) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.threads = threads;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args, Set.of("--url", "--job", "--threads", "--user", "--password"));
		String database = System.getenv().getOrDefault("DB_NAME", "redproperty");
		String url = options.getOrDefault("--url",
				"jdbc:mysql://127.0.0.1:3306/" + database + "?rewriteBatchedStatements=true");
		int threads = Integer.parseInt(options.getOrDefault("--threads",
				String.valueOf(Runtime.getRuntime().availableProcessors())));
		IoFloor floor = new IoFloor(url, options.getOrDefault("--user", System.getenv().getOrDefault("DB_USER", "root")),
				options.getOrDefault("--password", System.getenv().getOrDefault("DB_PASSWORD", "")), threads);
		System.exit(floor.run(options.get("--job")));
	}

	private int run(String jobId) throws Exception {
		Job job;
		List<Connection> connections = new ArrayList<>();
		try (Connection setup = connect()) {
			job = Job.of(setup, (jobId != null) ? jobId : newestSucceeded(setup));
			for (int i = 0; i < this.threads; i++) {
				connections.add(connect());
			}
			// The job's own connections are pooled and open before it starts: so are these, before the clock starts.
			return run(setup, job, connections);
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	private int run(Connection setup, Job job, List<Connection> connections) throws Exception {
		String floorId = UUID.randomUUID().toString();
		long started = System.nanoTime();
		copyJob(setup, job.id(), floorId);
		ConcurrentLinkedQueue<String> districts = new ConcurrentLinkedQueue<>(job.districts().keySet());
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		String error = null;
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (Connection connection : connections) {
				workers.add(pool.submit(() -> {
					Worker worker = new Worker(connection, job, floorId);
					for (String district = districts.poll(); district != null; district = districts.poll()) {
						worker.district(district);
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (ExecutionException ex) {
			error = String.valueOf(ex.getCause());
			ex.getCause().printStackTrace();
		}
		finally {
			pool.shutdownNow();
		}
		try (PreparedStatement end = setup.prepareStatement(
				"UPDATE rescore_jobs SET state = ?, error = ?, finished_at = ? WHERE id = ?")) {
			end.setString(1, (error == null) ? "SUCCEEDED" : "FAILED");
			end.setString(2, error);
			end.setString(3, now());
			end.setString(4, floorId);
			end.executeUpdate();
		}
		double took = (System.nanoTime() - started) / 1e9;
		long done;
		long failed;
		try (PreparedStatement progress = setup.prepareStatement("SELECT done, failed FROM rescore_jobs WHERE id = ?")) {
			progress.setString(1, floorId);
			try (ResultSet rs = progress.executeQuery()) {
				rs.next();
				done = rs.getLong(1);
				failed = rs.getLong(2);
			}
		}
		// As the rescore command prints its job, so that bench/rescore.sh reads both alike.
		this.out.printf("任务 %s（I/O 底线，照任务 %s 读写，未评价规则）：%s，共 %d 个对象，完成 %d，失败 %d，用时 %.1f 秒%n", floorId,
				job.id(), (error == null) ? "SUCCEEDED" : "FAILED", job.total(), done, failed, took);
		this.out.printf("每秒 %.0f 个对象%n", (done + failed) / Math.max(0.001, took));
		this.out.printf("读取 %d 行（%d 次查询，%d 个区，%d 个线程），%.1f MiB，校验和 %016x%n", this.rowsRead.get(),
				this.queries.get(), job.districts().size(), this.threads, this.bytesRead.get() / 1048576.0,
				this.checksum.get());
		long evaluations = this.evaluationsWritten.get();
		this.out.printf("写入 %d 条评价、%d 行结果；评价载荷 %s 每条 %d 字节（任务的平均），共 %.1f MiB%n", evaluations,
				this.resultsWritten.get(), job.zipped() ? "result_zip" : "result_json",
				(evaluations > 0) ? this.payloadWritten.get() / evaluations : 0, this.payloadWritten.get() / 1048576.0);
		return (error == null) ? 0 : 1;
	}

	/** The newest job that succeeded and is not a floor's. */
	private static String newestSucceeded(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT id FROM rescore_jobs WHERE state = 'SUCCEEDED' AND scope_key "
						+ "NOT LIKE '%" + SCOPE_SUFFIX + "' ORDER BY finished_at DESC, created_at DESC LIMIT 1")) {
			if (!rs.next()) {
				throw new IllegalStateException("没有成功的重新评价任务，请先运行 rescore 或用 --job 指定");
			}
			return rs.getString(1);
		}
	}

	/**
	 * Inserts the floor's job: the job's row, column by column whatever columns the table has, with a new id, its own
	 * scope, RUNNING and nothing done yet.
	 */
	private static void copyJob(Connection connection, String jobId, String floorId) throws SQLException {
		Map<String, String> replaced = new HashMap<>();
		replaced.put("id", "?");
		replaced.put("scope_key", "CONCAT(scope_key, '" + SCOPE_SUFFIX + "')");
		replaced.put("running_scope", "NULL");
		replaced.put("state", "'RUNNING'");
		replaced.put("done", "0");
		replaced.put("failed", "0");
		replaced.put("error", "NULL");
		replaced.put("created_at", "?");
		replaced.put("started_at", "?");
		replaced.put("finished_at", "NULL");
		List<String> columns = columns(connection, "rescore_jobs");
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			values.add(replaced.getOrDefault(column,
					(column.startsWith("published_") || column.startsWith("titles_")) ? "NULL" : column));
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rescore_jobs (" + String.join(", ", columns)
				+ ") SELECT " + String.join(", ", values) + " FROM rescore_jobs WHERE id = ?")) {
			String now = now();
			insert.setString(1, floorId);
			insert.setString(2, now);
			insert.setString(3, now);
			insert.setString(4, jobId);
			insert.executeUpdate();
		}
	}

	private static List<String> columns(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
			}
			return columns;
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	private static String now() {
		return LITERAL.format(Instant.now().truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.systemDefault()));
	}

	/**
	 * What the floor needs of the job, read before the clock starts: its rows by district (each its
	 * {@code rescore_results} values and, for a subject it evaluated, its evaluation's values), the average size of its
	 * stored results and where they are stored.
	 */
	private record Job(String id, String previousJobId, int total, Map<String, List<Object[][]>> districts, boolean zipped,
			int payload) {

		static Job of(Connection connection, String id) throws SQLException {
			String previous;
			int total;
			try (PreparedStatement job = connection.prepareStatement(
					"SELECT previous_job_id, total FROM rescore_jobs WHERE id = ? AND state = 'SUCCEEDED'")) {
				job.setString(1, id);
				try (ResultSet rs = job.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("没有成功的任务 " + id);
					}
					previous = rs.getString(1);
					total = rs.getInt(2);
				}
			}
			boolean zipped;
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.columns "
							+ "WHERE table_schema = DATABASE() AND table_name = 'evaluations' AND column_name = 'result_zip'")) {
				rs.next();
				zipped = rs.getInt(1) > 0;
			}
			String stored = zipped ? "result_zip" : "result_json";
			int payload;
			try (PreparedStatement size = connection.prepareStatement("SELECT ROUND(AVG(LENGTH(e." + stored
					+ "))) FROM rescore_results r JOIN evaluations e ON e.id = r.evaluation_id WHERE r.job_id = ?")) {
				size.setString(1, id);
				try (ResultSet rs = size.executeQuery()) {
					rs.next();
					payload = rs.getInt(1);
					if (rs.wasNull()) {
						throw new IllegalStateException("任务 " + id + " 的评价没有 " + stored + "，无从得知结果的大小");
					}
				}
			}
			// Repeated values (types, statuses, hashes, scopes) are kept once, so that a large job's rows fit a small heap.
			Map<Object, Object> shared = new HashMap<>();
			Map<String, List<Object[][]>> districts = new LinkedHashMap<>();
			String e = EVALUATION_COLUMNS.replaceAll("(\\w+)", "e.$1");
			try (PreparedStatement rows = connection.prepareStatement("SELECT " + RESULT_COLUMNS.replaceAll("(\\w+)", "r.$1")
					+ ", e.id IS NOT NULL, " + e + " FROM rescore_results r LEFT JOIN evaluations e ON e.id = r.evaluation_id "
					+ "WHERE r.job_id = ? ORDER BY r.unit_id, r.type_order, r.subject_id",
					ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
				rows.setFetchSize(Integer.MIN_VALUE);
				rows.setString(1, id);
				try (ResultSet rs = rows.executeQuery()) {
					while (rs.next()) {
						Object[] result = values(rs, 1, RESULTS, shared);
						Object[] evaluation = rs.getBoolean(RESULTS + 1) ? values(rs, RESULTS + 2, EVALUATIONS, shared) : null;
						districts.computeIfAbsent((String) result[0], (unit) -> new ArrayList<>())
							.add(new Object[][] { result, evaluation });
					}
				}
			}
			return new Job(id, previous, total, districts, zipped, payload);
		}

		private static Object[] values(ResultSet rs, int from, int count, Map<Object, Object> shared)
				throws SQLException {
			Object[] values = new Object[count];
			for (int i = 0; i < count; i++) {
				Object value = rs.getObject(from + i);
				values[i] = (value != null) ? shared.computeIfAbsent(value, (v) -> v) : null;
			}
			return values;
		}

	}

	/** One thread of the floor, on its own connection, doing one district after another. */
	private final class Worker {

		private final Connection connection;

		private final Job job;

		private final String floorId;

		private final SplittableRandom random = new SplittableRandom();

		private final MessageDigest sha256;

		private final String text;

		private long rows;

		private long bytes;

		private long sum;

		private long queries;

		Worker(Connection connection, Job job, String floorId) throws NoSuchAlgorithmException {
			this.connection = connection;
			this.job = job;
			this.floorId = floorId;
			this.sha256 = MessageDigest.getInstance("SHA-256");
			this.text = text(job.payload());
		}

		void district(String district) throws SQLException {
			this.rows = 0;
			this.bytes = 0;
			this.queries = 0;
			long revision = revision();
			if (this.job.previousJobId() != null) {
				previousStatuses(district);
			}
			read(district);
			write(district, revision);
			IoFloor.this.rowsRead.addAndGet(this.rows);
			IoFloor.this.bytesRead.addAndGet(this.bytes);
			IoFloor.this.queries.addAndGet(this.queries);
			IoFloor.this.checksum.addAndGet(this.sum);
		}

		/** The latest revision of the facts, which the job reads and names in its evaluations. */
		private long revision() throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT last_revision FROM fact_revision_counter WHERE id = 1")) {
				rs.next();
				return rs.getLong(1);
			}
		}

		private void previousStatuses(String district) throws SQLException {
			try (PreparedStatement select = this.connection.prepareStatement(
					"SELECT subject_type, subject_id, status FROM rescore_results WHERE job_id = ? AND unit_id = ?",
					ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
				select.setFetchSize(Integer.MIN_VALUE);
				select.setString(1, this.job.previousJobId());
				select.setString(2, district);
				consume(select, new int[0], List.of());
			}
		}

		/**
		 * The SELECTs of {@code FactStore.scope(DISTRICT, district)}, in its order, each with the ids the ones before
		 * it found: the streets of the district, their communities, the projects of those, the district's streets and
		 * their communities again (the scope's own streets), the communities and streets of all of them, then the
		 * incidents, districts, companies and everything attached to the projects and companies.
		 */
		private void read(String district) throws SQLException {
			List<String> streetsOfDistrict = new ArrayList<>();
			stream("streets", STREETS, "district_id", List.of(district), new int[] { 1 }, List.of(streetsOfDistrict));
			List<String> communitiesOfStreets = new ArrayList<>();
			stream("communities", COMMUNITIES, "street_id", streetsOfDistrict, new int[] { 1 },
					List.of(communitiesOfStreets));
			List<String> projectIds = new ArrayList<>();
			Set<String> companyIds = new LinkedHashSet<>();
			Set<String> communityIds = new LinkedHashSet<>();
			stream("projects", PROJECTS, "community_id", communitiesOfStreets, new int[] { 1, 4, 8 },
					List.of(projectIds, companyIds, communityIds));
			List<String> ownStreets = new ArrayList<>();
			stream("streets", STREETS, "district_id", List.of(district), new int[] { 1 }, List.of(ownStreets));
			stream("communities", COMMUNITIES, "street_id", ownStreets, new int[] { 1 }, List.of(communityIds));
			Set<String> streetIds = new LinkedHashSet<>();
			stream("communities", COMMUNITIES, "id", communityIds, new int[] { 4 }, List.of(streetIds));
			streetIds.addAll(ownStreets);
			Set<String> districtIds = new LinkedHashSet<>();
			stream("streets", STREETS, "id", streetIds, new int[] { 4 }, List.of(districtIds));
			districtIds.add(district);
			stream("incidents", INCIDENTS, "project_id", projectIds);
			stream("incidents", INCIDENTS, "company_id", companyIds);
			Set<String> subjects = new HashSet<>(projectIds);
			List.of(communityIds, streetIds, districtIds, companyIds).forEach(subjects::addAll);
			stream("districts", DISTRICTS, "id", districtIds);
			stream("companies", COMPANIES, "id", companyIds);
			stream("committees", COMMITTEES, "project_id", projectIds);
			stream("nominations", NOMINATIONS, "project_id", projectIds);
			stream("activities", ACTIVITIES, "project_id", projectIds);
			stream("credit_deductions", CREDIT_DEDUCTIONS, "company_id", companyIds);
			stream("surveys", SURVEYS, "company_id", companyIds);
			stream("assessments", ASSESSMENTS, "company_id", companyIds);
			stream("indicators", INDICATORS, "subject_id", subjects);
			stream("inspections", INSPECTIONS, "project_id", projectIds);
			List<String> holders = new ArrayList<>(projectIds);
			holders.addAll(companyIds);
			stream("titles", TITLES, "holder_id", holders);
		}

		private void stream(String table, String columns, String column, Collection<String> values) throws SQLException {
			stream(table, columns, column, values, new int[0], List.of());
		}

		/**
		 * {@code SELECT columns FROM table WHERE column IN (…)} for the distinct values, 1000 at a time (none for no
		 * value), streamed; the values of the {@code kept} columns, when not null, are added to the collections.
		 */
		private void stream(String table, String columns, String column, Collection<String> values, int[] kept,
				List<Collection<String>> into) throws SQLException {
			List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
			for (int from = 0; from < distinct.size(); from += CHUNK) {
				List<String> chunk = distinct.subList(from, Math.min(from + CHUNK, distinct.size()));
				String sql = "SELECT " + columns + " FROM " + table + " WHERE " + column + " IN ("
						+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
				try (PreparedStatement select = this.connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
						ResultSet.CONCUR_READ_ONLY)) {
					select.setFetchSize(Integer.MIN_VALUE);
					for (int i = 0; i < chunk.size(); i++) {
						select.setString(i + 1, chunk.get(i));
					}
					consume(select, kept, into);
				}
			}
		}

		/** Reads every column of every row as bytes, counting them into the rows, bytes and checksum. */
		private void consume(PreparedStatement select, int[] kept, List<Collection<String>> into) throws SQLException {
			this.queries++;
			try (ResultSet rs = select.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					this.rows++;
					for (int i = 1; i <= columns; i++) {
						byte[] value = rs.getBytes(i);
						if (value != null) {
							this.bytes += value.length;
							this.sum = this.sum * 31 + Arrays.hashCode(value);
						}
					}
					for (int k = 0; k < kept.length; k++) {
						String value = rs.getString(kept[k]);
						if (value != null) {
							into.get(k).add(value);
						}
					}
				}
			}
		}

		/**
		 * The district's rows in one transaction, as the job writes them: its evaluations in one batch, its results in
		 * another (rewritten into multi-row INSERTs), its progress.
		 */
		private void write(String district, long revision) throws SQLException {
			List<Object[][]> rows = this.job.districts().get(district);
			String evaluatedAt = now();
			this.connection.setAutoCommit(false);
			try (PreparedStatement evaluations = this.connection.prepareStatement("""
					INSERT INTO evaluations (id, scheme, scheme_year, subject_type, subject_id, as_of, status,
					    total_points, ruleset_hash, facts_scope, requested_by, period, required_rulesets, evaluated_at,
					    facts_revision, result_json""" + (this.job.zipped() ? ", result_zip, result_digest" : "") + ")"
					+ " VALUES (?" + ", ?".repeat(EVALUATIONS + 3 + (this.job.zipped() ? 2 : 0)) + ")");
					PreparedStatement results = this.connection.prepareStatement("INSERT INTO rescore_results (job_id, "
							+ RESULT_COLUMNS + ", evaluation_id) VALUES (?" + ", ?".repeat(RESULTS + 1) + ")");
					PreparedStatement progress = this.connection
						.prepareStatement("UPDATE rescore_jobs SET done = done + ?, failed = failed + ? WHERE id = ?")) {
				int done = 0;
				int failed = 0;
				long payload = 0;
				for (Object[][] row : rows) {
					Object[] result = row[0];
					Object[] evaluation = row[1];
					String evaluationId = null;
					if (evaluation != null) {
						evaluationId = IDS.generate().toString();
						evaluations.setString(1, evaluationId);
						for (int i = 0; i < EVALUATIONS; i++) {
							evaluations.setObject(i + 2, evaluation[i]);
						}
						int next = EVALUATIONS + 2;
						evaluations.setString(next++, evaluatedAt);
						evaluations.setLong(next++, revision);
						if (this.job.zipped()) {
							byte[] zip = new byte[this.job.payload()];
							this.random.nextBytes(zip);
							evaluations.setString(next++, null);
							evaluations.setBytes(next++, zip);
							evaluations.setString(next, HexFormat.of().formatHex(this.sha256.digest(zip)));
						}
						else {
							evaluations.setString(next, this.text);
						}
						evaluations.addBatch();
						payload += this.job.payload();
						done++;
					}
					else {
						failed++;
					}
					results.setString(1, this.floorId);
					for (int i = 0; i < RESULTS; i++) {
						results.setObject(i + 2, result[i]);
					}
					results.setString(RESULTS + 2, evaluationId);
					results.addBatch();
				}
				if (done > 0) {
					evaluations.executeBatch();
				}
				results.executeBatch();
				progress.setInt(1, done);
				progress.setInt(2, failed);
				progress.setString(3, this.floorId);
				progress.executeUpdate();
				this.connection.commit();
				IoFloor.this.evaluationsWritten.addAndGet(done);
				IoFloor.this.resultsWritten.addAndGet(rows.size());
				IoFloor.this.payloadWritten.addAndGet(payload);
			}
			catch (SQLException | RuntimeException ex) {
				this.connection.rollback();
				throw ex;
			}
			finally {
				this.connection.setAutoCommit(true);
			}
		}

		/** A JSON text of exactly that many bytes (ASCII), shared by the worker's evaluations. */
		private String text(int size) {
			StringBuilder text = new StringBuilder(size);
			String head = "{\"floor\":\"";
			if (size >= head.length() + 2) {
				text.append(head);
			}
			while (text.length() < size - ((size >= head.length() + 2) ? 2 : 0)) {
				text.append((char) ('a' + this.random.nextInt(26)));
			}
			if (size >= head.length() + 2) {
				text.append("\"}");
			}
			return text.toString();
		}

	}

	private static Map<String, String> options(String[] args, Set<String> known) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value;
			int equals = arg.indexOf('=');
			if (equals > 0) {
				value = arg.substring(equals + 1);
				arg = arg.substring(0, equals);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException("缺少 " + arg + " 的值");
			}
			if (!known.contains(arg)) {
				throw new IllegalArgumentException("未知的选项 " + arg + "，可用：" + known);
			}
			options.put(arg, value);
		}
		return options;
	}

}
