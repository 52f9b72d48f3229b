package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redproperty.accounts.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation pages: an evaluation with its gates, lines, records that did not count and the ruleset it used,
 * printable on its own; its replay for staff and auditors; its difference from another evaluation; its path to a
 * status; nothing outside the account's district.
 */
class EvaluationPagesTests extends PageTest {

	@Test
	void anEvaluationShowsItsGatesLinesAndTheRecordsThatDidNotCount() throws Exception {
		String id = evaluate("P-015", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NOT_AWARDED")))
			.andExpect(content().string(containsString("HQ-ACT-MIN")))
			.andExpect(content().string(containsString("未通过")))
			.andExpect(content().string(containsString("HQ-ACT-PTS")))
			.andExpect(content().string(containsString("HQ-ACT-VALID-PHOTOS")))
			.andExpect(content().string(containsString("href=\"/rulesets/hongqi365/2023\"")))
			.andExpect(content().string(containsString("class=\"print-only print-header\"")))
			.andExpect(content().string(containsString("重现这次评价")))
			.andExpect(content().string(containsString("tester")));
	}

	@Test
	void aCreditGradeShowsTheRulesetsItRequiresAndTheOutcomesItRead() throws Exception {
		String body = this.mvc
			.perform(post("/api/evaluations").contentType("application/json")
				.content("{\"scheme\":\"credit-grade\",\"year\":2024,\"subjectId\":\"CO-01\",\"asOf\":\"2024-12-31\","
						+ "\"districtId\":\"D-ZC\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = this.objectMapper.readTree(body).get("id").asText();
		this.mvc.perform(get("/evaluations/" + id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所依据的其他规则集")))
			.andExpect(content().string(containsString("<code>red-black-list</code>")))
			.andExpect(content().string(containsString("第一季度、第二季度、第三季度、第四季度")))
			.andExpect(content().string(containsString("规则所读的本对象结果")))
			.andExpect(content().string(containsString("<td>第四季度</td>")));
		this.mvc.perform(post("/evaluations/" + id + "/replay").with(as(Role.AUDITOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与原结果完全一致")));
	}

	@Test
	void anEvaluationOfARulesetThatRequiresNoneHasNoRequiredSection() throws Exception {
		String id = evaluate("P-001", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + id).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("所依据的其他规则集"))));
	}

	@Test
	void replayingAnEvaluationSaysItIsTheSame() throws Exception {
		String id = evaluate("P-001", "2023-11-30");
		this.mvc.perform(post("/evaluations/" + id + "/replay").with(as(Role.AUDITOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与原结果完全一致")));
	}

	@Test
	void onlyStaffAndAuditorsReplay() throws Exception {
		String id = evaluate("P-001", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + id).with(as(Role.POLICY)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("重现这次评价"))));
		this.mvc.perform(post("/evaluations/" + id + "/replay").with(as(Role.POLICY, Role.DATA_ENTRY)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDiffNamesTheCausesAndTheChanges() throws Exception {
		String earlier = evaluate("P-049", "2023-06-30");
		String later = evaluate("P-049", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + later).with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("value=\"" + earlier + "\"")));
		this.mvc.perform(get("/evaluations/" + later + "/diff").param("against", earlier).with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次评价不同的因素：<strong>评价日</strong>")))
			.andExpect(content().string(containsString("变化的项目")));
	}

	@Test
	void thePathToFiveStarsListsItsSteps() throws Exception {
		String id = evaluate("P-015", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + id + "/path").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("达到 <span class=\"status\">FIVE_STAR</span> 的途径")))
			.andExpect(content().string(containsString("能达到")))
			.andExpect(content().string(containsString("补足照片")));
		this.mvc.perform(get("/evaluations/" + id + "/path").param("target", "NO_SUCH").with(as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("UNKNOWN_TARGET_STATUS")));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "AUDITOR", "DATA_ENTRY", "DISTRICT_STAFF", "POLICY" })
	void everyRoleReadsTheSubjectAndEvaluationPages(Role role) throws Exception {
		String earlier = evaluate("D-ZC", "2023-06-30");
		String id = evaluate("D-ZC", "2023-11-30");
		for (String page : new String[] { "/subjects", "/subjects/district/D-ZC", "/evaluations/" + id,
				"/evaluations/" + id + "/diff?against=" + earlier, "/evaluations/" + id + "/path" }) {
			this.mvc.perform(get(page).with(as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("淄川区")));
		}
		this.mvc.perform(get("/evaluations/" + id).with(as(role)))
			.andExpect(content().string(containsString("TARGETS_MISSED")));
	}

	@Test
	void anEvaluationOutsideTheAccountsDistrictIsNotFound() throws Exception {
		String id = evaluate("P-001", "2023-11-30");
		this.mvc.perform(get("/evaluations/" + id).with(in("D-OTHER", Role.AUDITOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("EVALUATION_NOT_FOUND")));
		this.mvc.perform(get("/evaluations/" + id + "/path").with(in("D-OTHER", Role.AUDITOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/no-such-id").with(as(Role.AUDITOR))).andExpect(status().isNotFound());
	}

}
