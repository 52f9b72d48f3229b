package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page leads each role to its work and nothing else; every page names the account, its roles and its
 * district, and offers sign-out; an unknown page is a Chinese error page, not the API's problem details.
 */
class HomePageTests extends PageTest {

	@Test
	void anAuditorSeesTheAuditorsWorkOnly() throws Exception {
		this.mvc.perform(get("/").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"work-auditor\"")))
			.andExpect(content().string(not(containsString("id=\"work-policy\""))))
			.andExpect(content().string(not(containsString("id=\"work-entry\""))))
			.andExpect(content().string(containsString("审核人员")))
			.andExpect(content().string(containsString("全部区")))
			.andExpect(content().string(containsString("action=\"/logout\"")));
	}

	@Test
	void eachRoleSeesItsOwnWork() throws Exception {
		this.mvc.perform(get("/").with(as(Role.POLICY)))
			.andExpect(content().string(containsString("id=\"work-policy\"")))
			.andExpect(content().string(not(containsString("id=\"work-auditor\""))));
		this.mvc.perform(get("/").with(as(Role.DATA_ENTRY)))
			.andExpect(content().string(containsString("id=\"work-entry\"")))
			.andExpect(content().string(not(containsString("id=\"work-staff\""))));
		this.mvc.perform(get("/").with(as(Role.DISTRICT_STAFF)))
			.andExpect(content().string(containsString("id=\"work-staff\"")))
			.andExpect(content().string(not(containsString("id=\"work-entry\""))));
		this.mvc.perform(get("/").with(as(Role.ADMIN)))
			.andExpect(content().string(containsString("id=\"work-admin\"")))
			.andExpect(content().string(not(containsString("id=\"work-staff\""))));
	}

	@Test
	void anAccountLimitedToADistrictSeesItsName() throws Exception {
		this.mvc.perform(get("/").with(in("D-ZC", Role.DATA_ENTRY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("淄川区")))
			.andExpect(content().string(not(containsString("全部区"))));
	}

	@Test
	void anUnknownPageIsAChineseErrorPage() throws Exception {
		this.mvc.perform(get("/no-such-page").with(as(Role.AUDITOR)).accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("找不到这个页面或对象")));
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").with(as(Role.AUDITOR)).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

}
