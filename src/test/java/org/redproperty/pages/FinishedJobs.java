package org.redproperty.pages;

import java.time.Duration;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** Starts a job of the Zichuan demo district through the jobs page and waits, as the page does, until it ends. */
final class FinishedJobs {

	private FinishedJobs() {
	}

	/** The job's page address, once its progress says it succeeded. */
	static String of(MockMvc mvc, RequestPostProcessor staff) throws Exception {
		String job = mvc
			.perform(post("/jobs").param("ruleset", "hongqi365/2023")
				.param("asOf", "2023-11-30")
				.param("districtId", "D-ZC")
				.with(staff)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/jobs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String progress;
		do {
			Thread.sleep(200);
			progress = mvc.perform(get(job + "/progress").with(staff)).andReturn().getResponse().getContentAsString();
		}
		while (!progress.contains("\"ended\":true") && System.nanoTime() < deadline);
		assertThat(progress).contains("\"state\":\"SUCCEEDED\"");
		return job;
	}

}
