package org.redproperty.pages;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search and the subject pages: subjects found by name, id, street and status; a subject's facts with the
 * revision and account that recorded them and its stored evaluations; the evaluation form for district staff only;
 * nothing outside the account's district.
 */
class SubjectPagesTests extends PageTest {

	@Test
	void findsSubjectsByNameOrId() throws Exception {
		this.mvc.perform(get("/subjects").param("q", "般河").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("般河花园")))
			.andExpect(content().string(containsString("般河社区")))
			.andExpect(content().string(not(containsString("P-002"))));
		this.mvc.perform(get("/subjects").param("q", "p-01").param("type", "project").with(as(Role.DATA_ENTRY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找到 10 个对象")))
			.andExpect(content().string(containsString("href=\"/subjects/project/P-015\"")));
	}

	@Test
	void filtersByStreetAndPagesTheResults() throws Exception {
		this.mvc.perform(get("/subjects").param("street", "S-07").param("type", "street").with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("找到 1 个对象")))
			.andExpect(content().string(containsString("罗村镇")));
		this.mvc.perform(get("/subjects").with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("第 1 页，共 5 页")))
			.andExpect(content().string(containsString("下一页")));
	}

	@Test
	void filtersByTheStatusOfTheLatestEvaluation() throws Exception {
		String id = evaluate("P-014", "2023-11-30");
		this.mvc.perform(get("/subjects").param("scheme", "hongqi365").param("status", "NOT_AWARDED").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/subjects/project/P-014")))
			.andExpect(content().string(containsString("/evaluations/" + id)))
			.andExpect(content().string(not(containsString("/subjects/project/P-001\""))));
	}

	@Test
	void theHoldersPagesShowTheirTitlesWithGrantAndRevocation() throws Exception {
		this.mvc.perform(post("/api/datasets").contentType("application/json").content("""
				{"titles": [
				  {"id": "T-PAGE-P", "holderType": "PROJECT", "holderId": "P-016", "scheme": "hongqi365", "year": 2023,
				   "title": "FIVE_STAR", "grantedOn": "2023-12-20"},
				  {"id": "T-PAGE-C", "holderType": "COMPANY", "holderId": "CO-02", "scheme": "gold-red-property",
				   "year": 2019, "title": "GOLD", "grantedOn": "2019-12-20", "revokedOn": "2020-05-06",
				   "revocationReason": "企业管理层违法违规"}
				]}""")).andExpect(status().isOk());
		this.mvc.perform(get("/subjects/project/P-016").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("称号")))
			.andExpect(content().string(containsString("授予日期")))
			.andExpect(content().string(containsString("FIVE_STAR")))
			.andExpect(content().string(not(containsString("T-PAGE-C"))));
		this.mvc.perform(get("/subjects/company/CO-02").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("撤销日期")))
			.andExpect(content().string(containsString("撤销原因")))
			.andExpect(content().string(containsString("企业管理层违法违规")))
			.andExpect(content().string(not(containsString("FIVE_STAR"))));
	}

	@Test
	void aProjectPageShowsItsFactsWithTheirRevisionsAndItsEvaluations() throws Exception {
		String id = evaluate("P-015", "2023-11-30");
		this.mvc.perform(get("/subjects/project/P-015").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("物业服务项目 P-015")))
			.andExpect(content().string(containsString("活动记录（50）")))
			.andExpect(content().string(containsString("业主委员会")))
			.andExpect(content().string(containsString("修订 1")))
			.andExpect(content().string(containsString("href=\"/facts/activities/A-P015-001/history\"")))
			.andExpect(content().string(containsString("href=\"/evaluations/" + id + "\"")))
			.andExpect(content().string(containsString("NOT_AWARDED")))
			.andExpect(content().string(not(containsString("id=\"evaluate\""))));
	}

	@Test
	void aCompanyPageShowsItsProjectsSurveysAndAssessments() throws Exception {
		this.mvc.perform(get("/subjects/company/CO-01").with(as(Role.POLICY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("淄博般阳物业服务有限公司")))
			.andExpect(content().string(containsString("满意度调查")))
			.andExpect(content().string(containsString("SV-01")))
			.andExpect(content().string(containsString("AS-01")))
			.andExpect(content().string(containsString("href=\"/subjects/project/P-001\"")));
	}

	@Test
	void aFactHasItsHistory() throws Exception {
		this.mvc.perform(get("/facts/activities/A-P001-001/history").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("活动记录")))
			.andExpect(content().string(containsString("这条事实目前有效")))
			.andExpect(content().string(containsString("照片张数")))
			.andExpect(content().string(containsString("2023年1月2日")));
	}

	@Test
	void districtStaffEvaluateASubjectNow() throws Exception {
		this.mvc.perform(get("/subjects/street/S-01").with(as(Role.DISTRICT_STAFF)))
			.andExpect(content().string(containsString("id=\"evaluate\"")))
			.andExpect(content().string(containsString("value=\"hongqi365/2023\"")));
		this.mvc.perform(post("/subjects/street/S-01/evaluate").param("ruleset", "hongqi365/2023")
				.param("asOf", "2023-11-30").with(as(Role.DISTRICT_STAFF)).with(csrf()))
			.andExpect(redirectedUrlPattern("/evaluations/*"));
		this.mvc.perform(get("/api/audit-log").param("action", "EVALUATE").param("account", "page-district_staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/subjects/street/S-01/evaluate")));
	}

	@Test
	void anEvaluationFormWithoutADateIsShownAgainWithItsError() throws Exception {
		this.mvc.perform(post("/subjects/project/P-001/evaluate").param("ruleset", "hongqi365/2023")
				.param("asOf", "").with(as(Role.DISTRICT_STAFF)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写评价日")));
	}

	@Test
	void theEvaluationFormOffersPeriodsAndAPeriodTheSchemeDoesNotHaveIsRefused() throws Exception {
		this.mvc.perform(get("/subjects/project/P-001").with(as(Role.DISTRICT_STAFF)))
			.andExpect(content().string(containsString("第四季度（Q4）")))
			.andExpect(content().string(containsString("不分期间")));
		this.mvc.perform(post("/subjects/project/P-001/evaluate").param("ruleset", "hongqi365/2023")
				.param("asOf", "2023-11-30").param("period", "Q4").with(as(Role.DISTRICT_STAFF)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("PERIOD_NOT_APPLICABLE")));
	}

	@Test
	void anAccountWithoutTheStaffRoleCannotEvaluate() throws Exception {
		this.mvc.perform(post("/subjects/project/P-001/evaluate").param("ruleset", "hongqi365/2023")
				.param("asOf", "2023-11-30").with(as(Role.AUDITOR, Role.POLICY, Role.DATA_ENTRY)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSubjectOutsideTheAccountsDistrictIsNotFound() throws Exception {
		this.mvc.perform(get("/subjects/project/ZZ-P-01").with(in("D-ZC", Role.AUDITOR)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到这个页面或对象")));
		this.mvc.perform(get("/subjects/project/P-001").with(in("D-OTHER", Role.AUDITOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/subjects").param("q", "般河").with(in("D-OTHER", Role.AUDITOR)))
			.andExpect(content().string(containsString("找到 0 个对象")));
		this.mvc.perform(get("/subjects/planet/P-001").with(as(Role.AUDITOR)))
			.andExpect(status().isNotFound());
	}

}
