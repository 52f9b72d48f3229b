package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The job pages: every account may look; district staff start a job (data entry may not); the job's page follows
 * its progress to the end, then lists its results with filters, its changes and its reports; an account limited to
 * another district sees neither the job nor it in the list.
 */
class JobPagesTests extends PageTest {

	@Test
	void onlyDistrictStaffAreOfferedTheFormAndMayStartAJob() throws Exception {
		this.mvc.perform(get("/jobs").with(as(Role.DATA_ENTRY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最近的任务")))
			.andExpect(content().string(not(containsString("id=\"start-job\""))));
		this.mvc.perform(get("/jobs").with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andExpect(content().string(containsString("id=\"start-job\"")))
			.andExpect(content().string(containsString("<option value=\"D-ZC\" selected=\"selected\">淄川区</option>")))
			.andExpect(content().string(not(containsString("<option value=\"\">全部区</option>"))));
		this.mvc.perform(post("/jobs").param("ruleset", "hongqi365/2023")
			.param("asOf", "2023-11-30")
			.with(as(Role.DATA_ENTRY))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/jobs").param("ruleset", "hongqi365/2023")
			.param("asOf", "2023-11-30")
			.param("districtId", "D-ELSEWHERE")
			.with(in("D-ZC", Role.DISTRICT_STAFF))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aJobRunsToTheEndAndShowsItsResultsChangesAndReports() throws Exception {
		String job = FinishedJobs.of(this.mvc, in("D-ZC", Role.DISTRICT_STAFF));

		String page = this.mvc.perform(get(job).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已完成", "id=\"results\"", "般阳路街道", "下载 Excel 报表", "D-ZC");
		String street = this.mvc.perform(get(job).param("streetId", "S-01").with(as(Role.AUDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(street).contains("般阳路街道").doesNotContain("松龄路街道</td>");
		this.mvc.perform(get(job).param("status", "NO_SUCH_STATUS").with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("没有符合条件的结果")));
		this.mvc.perform(get(job + "/changes").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与上次相比的变化")));
		this.mvc.perform(get(job + "/report.xlsx").with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		this.mvc.perform(get(job + "/report.csv").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("对象编号")));
		this.mvc.perform(get(job + "/report.xlsx").with(as(Role.DATA_ENTRY))).andExpect(status().isForbidden());

		this.mvc.perform(get(job).with(in("D-ELSEWHERE", Role.DISTRICT_STAFF))).andExpect(status().isNotFound());
		this.mvc.perform(get("/jobs").with(in("D-ELSEWHERE", Role.DISTRICT_STAFF)))
			.andExpect(content().string(not(containsString(job))));
		this.mvc.perform(get("/jobs").with(in("D-ZC", Role.AUDITOR)))
			.andExpect(content().string(containsString(job)));
	}

	@Test
	void districtStaffPublishAFinishedJobOnceAfterConfirmingTheNotice() throws Exception {
		String job = FinishedJobs.of(this.mvc, in("D-ZC", Role.DISTRICT_STAFF));
		this.mvc.perform(get(job).with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("未发布")))
			.andExpect(content().string(not(containsString("id=\"publish-form\""))));
		this.mvc.perform(get(job).with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andExpect(content().string(containsString("id=\"publish-form\"")))
			.andExpect(content().string(containsString("公示已经结束")));
		this.mvc.perform(post(job + "/publish").with(as(Role.AUDITOR)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(job + "/publish").with(in("D-ZC", Role.DISTRICT_STAFF)).with(csrf()))
			.andExpect(header().string("Location", job + "?publish=confirm"));
		this.mvc.perform(get(job).with(as(Role.AUDITOR))).andExpect(content().string(containsString("未发布")));

		this.mvc.perform(post(job + "/publish").param("noticed", "true").with(in("D-ZC", Role.DISTRICT_STAFF)).with(csrf()))
			.andExpect(header().string("Location", job));

		String page = this.mvc.perform(get(job).with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("发布：授予称号").doesNotContain("id=\"publish-form\"");
	}

}
