package org.redproperty.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code rules/title-review/2020} published (DOMAIN §10): a review job over the title-review fixture district
 * on the last day of the review, once published, revokes exactly the 2019 GOLD titles of the companies it revokes,
 * on the publication day, with one reason per line in the order of the codes; the other titles stay as they were.
 */
@Import(PublishingTests.Today.class)
abstract class TitleReviewPublishingTests extends DatabaseTestSupport {

	private static final LocalDate PUBLISHED = LocalDate.of(2020, 7, 5);

	@Autowired
	private RescoreService jobs;

	@Autowired
	private PublishingTests.Today today;

	@BeforeEach
	void titleReviewFixtureWithoutJobs() {
		for (String table : List.of("rescore_results", "rescore_jobs", "titles_history", "titles")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		assertThat(post("/api/datasets", fixture("fixtures/title-review-2020.json")).status()).isEqualTo(200);
		this.today.set(PUBLISHED);
	}

	@Test
	void aPublishedReviewRevokesTheGoldTitlesOfTheRevokedCompaniesWithTheirReasons() {
		RescoreJob job = this.jobs.start(new RescoreRequest("title-review", 2020, LocalDate.of(2020, 6, 30), "TR-D1"),
				RescoreListener.NONE, false);
		assertThat(job.state()).as("%s", job).isEqualTo(JobState.SUCCEEDED);

		ApiResponse published = post("/api/rescore-jobs/{id}/publish", null, job.id());
		post("/api/rescore-jobs/{id}/publish", null, job.id());

		assertThat(published.status()).as("%s", published).isEqualTo(200);
		assertThat(published.body().path("publication").path("granted").asInt()).isZero();
		assertThat(published.body().path("publication").path("revoked").asInt()).isEqualTo(6);
		Map<String, JsonNode> titles = new TreeMap<>();
		get("/api/titles?scheme=gold-red-property").body().forEach((t) -> titles.put(t.path("id").asText(), t));
		assertThat(titles).hasSize(10);
		for (String id : List.of("TR-T-02", "TR-T-03", "TR-T-04", "TR-T-05", "TR-T-06", "TR-T-07")) {
			assertThat(titles.get(id).path("revokedOn").asText()).as(id).isEqualTo(PUBLISHED.toString());
			assertThat(titles.get(id).path("revocationReason").asText()).as(id).startsWith("取消称号理由（TR-");
		}
		assertThat(titles.get("TR-T-07").path("revocationReason").asText())
			.containsSubsequence("取消称号理由（TR-PARTY）", "党旗、公示栏", "取消称号理由（TR-EVENTS）", "TR-I-05（2020-02-10）",
					"取消称号理由（TR-LAW）", "TR-I-06（2020-04-01）");
		assertThat(titles.get("TR-T-05").path("revocationReason").asText()).contains("TR-I-03（2019-12-30）");
		for (String id : List.of("TR-T-01", "TR-T-08", "TR-T-10")) {
			assertThat(titles.get(id).path("revokedOn").isNull()).as(id + " still held").isTrue();
		}
		assertThat(titles.get("TR-T-11").path("revokedOn").asText()).as("revoked before, left alone").isEqualTo("2020-04-10");
		assertThat(get("/api/facts/titles/{id}/history", "TR-T-07").body().path("versions"))
			.as("revoked once: the import and the revocation").hasSize(2);
	}

}
