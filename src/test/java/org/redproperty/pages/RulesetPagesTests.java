package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rulesets' pages: every account reads the rulesets, their parameters, files and activations; only policy staff
 * draft, check and activate; auditors may compare a checked draft but not check or activate one. (Activation itself
 * is tested on a copy of the rules in {@link DraftActivationPageTests}.)
 */
class RulesetPagesTests extends PageTest {

	@Test
	void everyAccountSeesTheRulesetsWithStateAndHash() throws Exception {
		this.mvc.perform(get("/rulesets").with(as(Role.DATA_ENTRY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hongqi365/2023")))
			.andExpect(content().string(containsString("在用")))
			.andExpect(content().string(not(containsString("起草修改"))));
	}

	@Test
	void aRulesetShowsItsParametersFilesAndActivations() throws Exception {
		this.mvc.perform(get("/rulesets/hongqi365/2023").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有效活动和场景至少项数")))
			.andExpect(content().string(containsString("川综执字〔2023〕68号 二.2")))
			.andExpect(content().string(containsString("activities.drl")))
			.andExpect(content().string(containsString("从规则目录加载")))
			.andExpect(content().string(not(containsString("起草修改"))));
		this.mvc.perform(get("/rulesets/hongqi365/2023").with(as(Role.POLICY)))
			.andExpect(content().string(containsString("起草修改")));
	}

	@Test
	void aFileIsShownReadOnlyWithLineNumbers() throws Exception {
		this.mvc.perform(get("/rulesets/hongqi365/2023/files/manifest.yaml").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"L3\"")))
			.andExpect(content().string(containsString("scheme: hongqi365")));
		this.mvc.perform(get("/rulesets/hongqi365/2023/files/tests/as-of.json").with(as(Role.AUDITOR)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/rulesets/hongqi365/2023/files/nothing.drl").with(as(Role.AUDITOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("nothing.drl")));
		this.mvc.perform(get("/rulesets/nothing/2023").with(as(Role.AUDITOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("RULESET_NOT_FOUND")));
	}

	@Test
	void onlyPolicyStaffDraft() throws Exception {
		this.mvc.perform(get("/rulesets/hongqi365/2023/draft").with(as(Role.POLICY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"p.minRecords\"")))
			.andExpect(content().string(containsString("type=\"date\"")))
			.andExpect(content().string(containsString("value=\"GAS_HAZARD\"")));
		this.mvc.perform(get("/rulesets/hongqi365/2023/draft").with(as(Role.AUDITOR)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/rulesets/hongqi365/2023/draft").param("p.minRecords", "40")
			.with(as(Role.AUDITOR))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aValueOfTheWrongTypeFailsTheCheckWithItsLine() throws Exception {
		this.mvc.perform(multipart("/rulesets/hongqi365/2023/draft").param("p.minRecords", "很多")
			.with(as(Role.POLICY))
			.with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("检查未通过")))
			.andExpect(content().string(containsString("manifest.yaml")))
			.andExpect(content().string(matchesPattern("(?s).*第 1[0-9]{2} 行.*minRecords.*")));
	}

	@Test
	void aDraftWithoutChangesIsRefused() throws Exception {
		this.mvc.perform(multipart("/rulesets/hongqi365/2023/draft").param("p.minRecords", "50")
			.with(as(Role.POLICY))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("草案没有改动")));
	}

	@Test
	void aCheckedDraftIsKeptByHashComparedAndOfferedForActivation() throws Exception {
		MvcResult checked = this.mvc
			.perform(multipart("/rulesets/hongqi365/2023/draft").param("p.minRecords", "40")
				.with(as(Role.POLICY))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/rulesets/hongqi365/2023/drafts/*"))
			.andReturn();
		String draft = checked.getResponse().getRedirectedUrl();
		this.mvc.perform(get(draft).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("草案已通过检查")))
			.andExpect(content().string(matchesPattern("(?s).*有效活动和场景至少项数.*>50<.*>40<.*")))
			.andExpect(content().string(not(containsString("启用这个草案"))));
		String page = this.mvc.perform(post(draft + "/what-if").param("asOf", "2023-11-30")
			.param("change", "status")
			.with(as(Role.AUDITOR))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"what-if\"", "2023年11月30日", "status warn", "<td>钟楼街道</td>");
		String street = this.mvc.perform(post(draft + "/what-if").param("asOf", "2023-11-30")
			.param("streetId", "S-02")
			.with(as(Role.POLICY))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(street).contains("<td>松龄路街道</td>").doesNotContain("<td>钟楼街道</td>");
		this.mvc.perform(post(draft + "/activate").with(as(Role.AUDITOR)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(draft + "/activate").with(as(Role.POLICY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将被替换的版本")))
			.andExpect(content().string(containsString("确认启用")));
		this.mvc.perform(get("/rulesets/hongqi365/2023/drafts/0000").with(as(Role.POLICY)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("DRAFT_NOT_FOUND")));
	}

}
