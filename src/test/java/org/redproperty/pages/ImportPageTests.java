package org.redproperty.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.accounts.Role;
import org.redproperty.facts.Revisions;
import org.redproperty.forms.Spreadsheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page: every account sees it and downloads the templates; only data entry uploads; a file with a bad
 * row lists it and writes nothing; a good file is one new revision with links to its projects.
 */
class ImportPageTests extends PageTest {

	private static final List<String> HEADERS = List.of("项目", "时间", "组织单位（企业名称）", "活动内容（场景名称）",
			"活动开展情况（场景简介）", "五心类别", "活动或场景", "照片张数", "居民代表签名人数", "记录编号", "项目编号");

	@Autowired
	private Revisions revisions;

	@Test
	void everyAccountSeesThePageAndDownloadsTheTemplates() throws Exception {
		this.mvc.perform(get("/imports").with(as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("下载附件2 活动记录表模板")))
			.andExpect(content().string(containsString("上传表格需要“数据录入”角色")))
			.andExpect(content().string(not(containsString("multipart/form-data"))));
		this.mvc.perform(get("/imports").with(as(Role.DATA_ENTRY)))
			.andExpect(content().string(containsString("multipart/form-data")))
			.andExpect(content().string(containsString("action=\"/imports/activities.xlsx\"")));
		byte[] template = this.mvc.perform(get("/imports/activities.xlsx").with(as(Role.POLICY)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Spreadsheets.read(template).stream().anyMatch((row) -> row.contains("五心类别"))).isTrue();
		this.mvc.perform(get("/imports/nominations.xlsx").with(as(Role.AUDITOR))).andExpect(status().isOk());
	}

	@Test
	void aRoleWithoutDataEntryCannotUpload() throws Exception {
		this.mvc.perform(multipart("/imports/activities.xlsx").file(file(row("A-PAGE-403", "红心")))
				.with(as(Role.AUDITOR, Role.DISTRICT_STAFF, Role.POLICY)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileWithABadRowListsItAndWritesNothing() throws Exception {
		long before = this.revisions.latest();
		this.mvc.perform(multipart("/imports/activities.xlsx").file(file(row("A-PAGE-01", "红心"), row("A-PAGE-02", "黑心")))
				.with(as(Role.DATA_ENTRY)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("未写入任何数据")))
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"num\">5</th>")))
			.andExpect(content().string(containsString("五心类别")));
		assertThat(this.revisions.latest()).isEqualTo(before);
	}

	@Test
	void aGoodFileIsOneRevisionWithLinksToItsProjects() throws Exception {
		long before = this.revisions.latest();
		this.mvc.perform(multipart("/imports/activities.xlsx").file(file(row("A-PAGE-11", "红心"), row("A-PAGE-12", "暖心")))
				.with(as(Role.DATA_ENTRY)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修订版本 " + (before + 1))))
			.andExpect(content().string(containsString("href=\"/subjects/project/P-041\"")));
		assertThat(this.revisions.latest()).isEqualTo(before + 1);
		this.mvc.perform(get("/subjects/project/P-041").with(as(Role.AUDITOR)))
			.andExpect(content().string(containsString("A-PAGE-12")))
			.andExpect(content().string(containsString("修订 " + (before + 1))));
	}

	@Test
	void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
		this.mvc.perform(multipart("/imports/activities.xlsx")
				.file(new MockMultipartFile("file", "notes.txt", "text/plain", "不是表格".getBytes()))
				.with(as(Role.DATA_ENTRY)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("NOT_A_SPREADSHEET")));
	}

	private static List<Object> row(String id, String heart) {
		return new ArrayList<>(List.of("", LocalDate.of(2023, 10, 8), "淄博罗村物业服务有限公司", "页面导入的活动 " + id,
				"用页面上传的活动记录", heart, "活动", 3, 5, id, "P-041"));
	}

	@SafeVarargs
	private static MockMultipartFile file(List<Object>... rows) {
		return new MockMultipartFile("file", "附件2.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				Spreadsheets.filled("活动记录表", HEADERS, List.of(rows)));
	}

}
