package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The district dashboard: statuses per street and the district's targets from its latest job, and its last jobs;
 * an account limited to a district sees that district only, and another district's dashboard does not exist for it.
 */
class DistrictPagesTests extends PageTest {

	@Test
	void theDashboardShowsStatusesPerStreetTargetsAndJobs() throws Exception {
		String job = FinishedJobs.of(this.mvc, in("D-ZC", Role.DISTRICT_STAFF));
		String page = this.mvc.perform(get("/districts/D-ZC").with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("淄川区</span> 工作台", "id=\"street-statuses\"", "般阳路街道", "松龄路街道",
				"id=\"targets\"", "依据条款", "/webjars/echarts/5.3.1/dist/echarts.min.js", job);
		assertThat(page).containsPattern("<th scope=\"row\">般阳路街道</th>\\s*<td class=\"num\">\\d+</td>");
	}

	@Test
	void aDistrictLimitedAccountSeesItsOwnDistrictOnly() throws Exception {
		this.mvc.perform(get("/districts").with(in("D-ZC", Role.DISTRICT_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("淄川区")));
		this.mvc.perform(get("/districts").with(in("D-ELSEWHERE", Role.DISTRICT_STAFF)))
			.andExpect(content().string(not(containsString("淄川区"))));
		this.mvc.perform(get("/districts/D-ZC").with(in("D-ELSEWHERE", Role.DISTRICT_STAFF)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到这个页面或对象")));
		this.mvc.perform(get("/districts/D-NOWHERE").with(as(Role.AUDITOR))).andExpect(status().isNotFound());
	}

	@Test
	void theChartScriptIsServedFromTheWebjar() throws Exception {
		this.mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js").with(as(Role.AUDITOR)))
			.andExpect(status().isOk());
	}

}
