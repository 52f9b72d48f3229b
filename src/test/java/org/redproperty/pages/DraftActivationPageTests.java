package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;
import org.redproperty.support.RulesCopies;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Activating a checked draft from its page, on a copy of the rules directory (activation writes the folder) and a
 * database of its own: the new version serves, and the ruleset's page lists it, by whom, replacing the old one.
 */
class DraftActivationPageTests extends PageTest {

	@DynamicPropertySource
	static void ownRulesAndDatabase(DynamicPropertyRegistry registry) {
		RulesCopies.withoutTests(registry);
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pages-activation;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,YEAR");
	}

	@Test
	void policyStaffActivateACheckedDraftAndSeeItInTheHistory() throws Exception {
		String before = this.mvc.perform(get("/rulesets/hongqi365/2023").with(as(Role.POLICY)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String draft = this.mvc
			.perform(multipart("/rulesets/hongqi365/2023/draft").param("p.minRecords", "45")
				.with(as(Role.POLICY))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String hash = draft.substring(draft.lastIndexOf('/') + 1);
		assertThat(before).doesNotContain(hash);

		this.mvc.perform(post(draft + "/activate").with(as(Role.POLICY)).with(csrf()))
			.andExpect(redirectedUrl("/rulesets/hongqi365/2023"))
			.andExpect(flash().attribute("activated", org.hamcrest.Matchers.containsString(hash)));

		String after = this.mvc.perform(get("/rulesets/hongqi365/2023").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("id=\"hash\">" + hash, "检查通过后启用", "page-policy", ">45<");
		this.mvc.perform(post(draft + "/activate").with(as(Role.POLICY)).with(csrf()))
			.andExpect(status().isConflict());
	}

}
