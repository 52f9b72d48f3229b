package org.redproperty.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Publishing jobs on a real database (DOMAIN §10): a gold job's {@code GOLD} companies become titles once, in one
 * revision dated the publication day; publishing again changes nothing; a job that did not succeed is refused; a
 * review job (the test ruleset {@code title-check/2020} of {@code src/test/resources/rules}) revokes the titles its
 * results revoke, once, with their reasons; and a later evaluation reads the titles as they then stand.
 */
@Import(PublishingTests.Today.class)
abstract class PublishingTests extends DatabaseTestSupport {

	/** The repository's rules and the test ruleset that reviews titles. */
	static final Path RULES = rules();

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate GOLD_PUBLISHED = LocalDate.of(2020, 1, 10);

	static final LocalDate REVIEW_PUBLISHED = LocalDate.of(2020, 7, 5);

	@Autowired
	private RescoreService jobs;

	@Autowired
	private Today today;

	/** The day publications are dated, set by each test: the configuration is itself the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Today extends Clock {

		private volatile Instant now = at(GOLD_PUBLISHED);

		void set(LocalDate day) {
			this.now = at(day);
		}

		private static Instant at(LocalDate day) {
			return day.atTime(10, 0).atZone(CHINA).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return CHINA;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@BeforeEach
	void goldFixtureWithoutJobsOrTitles() {
		for (String table : List.of("rescore_results", "rescore_jobs", "titles_history", "titles")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		assertThat(post("/api/datasets", fixture("fixtures/gold-red-property-2019.json")).status()).isEqualTo(200);
		this.today.set(GOLD_PUBLISHED);
	}

	@Test
	void publishesTheGoldCompaniesOnceAsTitlesOfThePublicationDay() {
		RescoreJob job = run("gold-red-property", 2019, "2019-12-20");
		List<String> gold = ids(results(job), "GOLD");
		assertThat(gold).as("the fixture's gold companies").hasSize(11);
		long revisionsBefore = count("fact_revisions");

		ApiResponse first = post("/api/rescore-jobs/{id}/publish", null, job.id());

		assertThat(first.status()).as("%s", first).isEqualTo(200);
		JsonNode publication = first.body().path("publication");
		assertThat(publication.path("granted").asInt()).isEqualTo(11);
		assertThat(publication.path("revoked").asInt()).isZero();
		assertThat(publication.path("by").asText()).isEqualTo(TESTER);
		long revision = publication.path("revision").asLong();
		assertThat(count("fact_revisions")).isEqualTo(revisionsBefore + 1);
		JsonNode titles = get("/api/titles?scheme=gold-red-property&year=2019").body();
		assertThat(titles).hasSize(11);
		titles.forEach((title) -> {
			assertThat(title.path("holderType").asText()).isEqualTo("COMPANY");
			assertThat(gold).contains(title.path("holderId").asText());
			assertThat(title.path("title").asText()).isEqualTo("GOLD");
			assertThat(title.path("grantedOn").asText()).isEqualTo(GOLD_PUBLISHED.toString());
			assertThat(title.path("revision").asLong()).isEqualTo(revision);
		});
		assertThat(get("/api/rescore-jobs/{id}/results", job.id()).body().path("content").path(0).path("published")
			.path("revision").asLong()).as("the results show their publication").isEqualTo(revision);

		this.today.set(GOLD_PUBLISHED.plusDays(3));
		ApiResponse second = post("/api/rescore-jobs/{id}/publish", null, job.id());

		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().path("publication")).as("the second call answers the first publication")
			.isEqualTo(publication);
		assertThat(count("fact_revisions")).isEqualTo(revisionsBefore + 1);
		assertThat(count("titles")).isEqualTo(11);
		assertThat(count("titles_history")).isZero();
	}

	@Test
	void refusesToPublishAJobThatDidNotSucceedAndWritesNothing() {
		RescoreJob job = run("gold-red-property", 2019, "2019-12-20");
		this.jdbc.sql("UPDATE rescore_jobs SET state = 'FAILED' WHERE id = :id").param("id", job.id()).update();

		ApiResponse refused = post("/api/rescore-jobs/{id}/publish", null, job.id());

		assertThat(refused.status()).as("%s", refused).isEqualTo(409);
		assertThat(refused.body().path("code").asText()).isEqualTo("RESCORE_JOB_NOT_PUBLISHABLE");
		assertThat(count("titles")).isZero();
		assertThat(get("/api/rescore-jobs/{id}", job.id()).body().has("publication")).isFalse();
	}

	@Test
	void aJobCutOffByACrashIsPublishedOnlyOnceItEndsAndThenWithItsFinalResults() {
		RescoreRequest request = new RescoreRequest("gold-red-property", 2019, LocalDate.parse("2019-12-20"), "G-D1");
		assertThatExceptionOfType(RescoreJobsContract.Crash.class).isThrownBy(() -> this.jobs.start(request,
				(job, district, done, total) -> {
					throw new RescoreJobsContract.Crash();
				}, false));
		String cut = this.jdbc.sql("SELECT id FROM rescore_jobs").query(String.class).single();

		ApiResponse early = post("/api/rescore-jobs/{id}/publish", null, cut);

		assertThat(early.status()).as("%s", early).isEqualTo(409);
		assertThat(count("titles")).isZero();
		this.jobs.resumeUnfinished();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
		while (!this.jobs.find(cut).state().ended() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(this.jobs.find(cut).state()).isEqualTo(JobState.SUCCEEDED);
		post("/api/rescore-jobs/{id}/publish", null, cut);
		post("/api/rescore-jobs/{id}/publish", null, cut);
		assertThat(count("titles")).isEqualTo(ids(results(this.jobs.find(cut)), "GOLD").size()).isEqualTo(11);
	}

	@Test
	void aPublishedReviewRevokesTheTitlesItsResultsRevokeOnceAndLaterEvaluationsReadThem() {
		post("/api/rescore-jobs/{id}/publish", null, run("gold-red-property", 2019, "2019-12-20").id());
		ApiResponse accident = post("/api/datasets", Map.of("incidents", List.of(Map.of("id", "I-PUB-1", "companyId",
				"G-CO-01", "date", "2020-03-01", "type", "SAFETY_ACCIDENT", "description", "试验：电梯事故"))));
		assertThat(accident.status()).as("%s", accident).isEqualTo(200);
		RescoreJob review = run("title-check", 2020, "2020-06-30");
		List<RescoreResult> reviewed = results(review);
		assertThat(ids(reviewed, "TITLE_REVOKED")).containsExactly("G-CO-01");
		assertThat(ids(reviewed, "TITLE_KEPT")).hasSize(10);
		this.today.set(REVIEW_PUBLISHED);

		JsonNode publication = post("/api/rescore-jobs/{id}/publish", null, review.id()).body().path("publication");
		post("/api/rescore-jobs/{id}/publish", null, review.id());

		assertThat(publication.path("granted").asInt()).isZero();
		assertThat(publication.path("revoked").asInt()).isEqualTo(1);
		JsonNode revoked = get("/api/titles?holderType=COMPANY&holderId=G-CO-01&held=false").body();
		assertThat(revoked).hasSize(1);
		assertThat(revoked.get(0).path("revokedOn").asText()).isEqualTo(REVIEW_PUBLISHED.toString());
		assertThat(revoked.get(0).path("revocationReason").asText()).contains("安全责任事故");
		assertThat(get("/api/facts/titles/{id}/history", revoked.get(0).path("id").asText()).body().path("versions"))
			.as("revoked once: the grant and the revocation").hasSize(2);
		assertThat(get("/api/titles?held=true&scheme=gold-red-property").body()).hasSize(10);

		assertThat(status("G-CO-01", "2020-07-10")).as("revoked before the asOf").isEqualTo("NO_TITLE");
		assertThat(status("G-CO-01", "2020-07-04")).as("the revocation has not happened yet").isEqualTo("TITLE_REVOKED");
		assertThat(status("G-CO-02", "2020-07-10")).isEqualTo("TITLE_KEPT");
		assertThat(status("G-CO-02", "2020-01-09")).as("the day before the grant").isEqualTo("NO_TITLE");
	}

	private String status(String company, String asOf) {
		ApiResponse response = post("/api/evaluations",
				Map.of("scheme", "title-check", "year", 2020, "subjectId", company, "asOf", asOf));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().path("status").asText();
	}

	private RescoreJob run(String scheme, int year, String asOf) {
		RescoreJob job = this.jobs.start(new RescoreRequest(scheme, year, LocalDate.parse(asOf), "G-D1"),
				RescoreListener.NONE, false);
		assertThat(job.state()).as("%s", job).isEqualTo(JobState.SUCCEEDED);
		return job;
	}

	private List<RescoreResult> results(RescoreJob job) {
		return this.jobs.results(job, ResultFilter.ALL, 0, 1000);
	}

	private static List<String> ids(List<RescoreResult> results, String status) {
		List<String> ids = new ArrayList<>();
		results.stream().filter((r) -> status.equals(r.status())).forEach((r) -> ids.add(r.subjectId()));
		return ids;
	}

	private static Path rules() {
		try {
			Path dir = Files.createTempDirectory("publish-rules");
			FileSystemUtils.copyRecursively(Path.of("rules"), dir);
			FileSystemUtils.copyRecursively(Path.of("src/test/resources/rules"), dir);
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
