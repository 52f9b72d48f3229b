package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redproperty.DocumentationTest;
import org.redproperty.FactFields;
import org.redproperty.ProblemFields;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.mockmvc.MockMvcRestDocumentation.document;
import static org.springframework.restdocs.mockmvc.RestDocumentationRequestBuilders.get;
import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.responseFields;
import static org.springframework.restdocs.request.RequestDocumentation.parameterWithName;
import static org.springframework.restdocs.request.RequestDocumentation.pathParameters;
import static org.springframework.restdocs.request.RequestDocumentation.queryParameters;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Documents reading the stored facts: the administrative tree, companies, projects and one project in full. */
class FactsDocumentation extends DocumentationTest {

	@Test
	void listDistricts() throws Exception {
		this.mvc.perform(get("/api/districts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("淄川区"))
			.andDo(document("{method-name}", responseFields(list("区，按编号排序", FactFields.district("[].")))));
	}

	@Test
	void listStreets() throws Exception {
		this.mvc.perform(get("/api/streets?districtId=D-ZC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(8))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("districtId").description("只列这个区的街道（镇）；省略则列出全部").optional()),
					responseFields(list("街道（镇），按编号排序", FactFields.street("[].")))));
	}

	@Test
	void listCommunities() throws Exception {
		this.mvc.perform(get("/api/communities?streetId=S-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].streetId").value("S-01"))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("streetId").description("只列这个街道（镇）的社区；省略则列出全部").optional()),
					responseFields(list("社区，按编号排序", FactFields.community("[].")))));
	}

	@Test
	void listCompanies() throws Exception {
		this.mvc.perform(get("/api/companies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(13))
			.andDo(document("{method-name}", responseFields(list("物业服务企业，按编号排序", FactFields.company("[].")))));
	}

	@Test
	void listProjects() throws Exception {
		this.mvc.perform(get("/api/projects?communityId=CM-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].communityId").value("CM-01"))
			.andDo(document("{method-name}",
					queryParameters(parameterWithName("communityId").description("只列这个社区的项目").optional(),
							parameterWithName("companyId").description("只列这家企业服务的项目（未给 communityId 时）").optional()),
					responseFields(list("物业服务项目，按编号排序", FactFields.project("[].")))));
	}

	@Test
	void showProject() throws Exception {
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.add(fieldWithPath("project").type(JsonFieldType.OBJECT).description("项目"));
		fields.addAll(FactFields.project("project."));
		fields.add(fieldWithPath("community").type(JsonFieldType.OBJECT).description("所属社区").optional());
		fields.addAll(FactFields.community("community."));
		fields.add(fieldWithPath("street").type(JsonFieldType.OBJECT).description("所属街道（镇）").optional());
		fields.addAll(FactFields.street("street."));
		fields.add(fieldWithPath("district").type(JsonFieldType.OBJECT).description("所属区").optional());
		fields.addAll(FactFields.district("district."));
		fields.add(fieldWithPath("company").type(JsonFieldType.OBJECT).description("服务企业；无物业时为 null").optional());
		fields.addAll(FactFields.company("company."));
		FactFields.list(fields, "", "committees", "业委会等组织", FactFields.committee("committees[]."));
		FactFields.list(fields, "", "nominations", "推荐", FactFields.nomination("nominations[]."));
		FactFields.list(fields, "", "activities", "活动和场景记录", FactFields.activity("activities[]."));
		FactFields.list(fields, "", "incidents", "安全隐患和事件", FactFields.incident("incidents[]."));
		FactFields.list(fields, "", "indicators", "项目的指标", FactFields.indicator("indicators[]."));
		FactFields.list(fields, "", "inspections", "项目的街道社区现场打分", FactFields.inspection("inspections[]."));
		FactFields.list(fields, "", "titles", "项目持有（或曾持有）的称号", FactFields.title("titles[]."));
		this.mvc.perform(get("/api/projects/{id}", "P-043"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.project.id").value("P-043"))
			.andExpect(jsonPath("$.company.id").value("CO-12"))
			.andDo(document("{method-name}", pathParameters(parameterWithName("id").description("项目编号")),
					responseFields(fields)));
	}

	@Test
	void showUnknownProject() throws Exception {
		this.mvc.perform(get("/api/projects/{id}", "P-999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"))
			.andDo(document("{method-name}", responseFields(ProblemFields.problem())));
	}

	private static List<FieldDescriptor> list(String description, List<FieldDescriptor> items) {
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.add(fieldWithPath("[]").type(JsonFieldType.ARRAY).description(description));
		fields.addAll(items);
		return fields;
	}

}
