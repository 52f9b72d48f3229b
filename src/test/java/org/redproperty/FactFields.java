package org.redproperty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;

/**
 * Field descriptors of the stored facts, in the import format, shared by the import, the fact lists, a project's
 * details and an evaluation's fact snapshot. Each method takes the path prefix of one fact ({@code "[]."},
 * {@code "project."}, {@code "activities[]."}). Every field is optional with an explicit type, because a list
 * may be empty and descriptive fields may be null.
 */
public final class FactFields {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	private static final JsonFieldType B = JsonFieldType.BOOLEAN;

	private static final JsonFieldType O = JsonFieldType.OBJECT;

	private FactFields() {
	}

	public static List<FieldDescriptor> district(String p) {
		return recorded(p, f(p, "id", S, "区编号"), f(p, "name", S, "区名称"));
	}

	public static List<FieldDescriptor> street(String p) {
		return recorded(p, f(p, "id", S, "街道（镇）编号"), f(p, "districtId", S, "所属区"), f(p, "name", S, "街道（镇）名称"));
	}

	public static List<FieldDescriptor> community(String p) {
		return recorded(p, f(p, "id", S, "社区编号"), f(p, "streetId", S, "所属街道（镇）"), f(p, "name", S, "社区名称"));
	}

	public static List<FieldDescriptor> company(String p) {
		return recorded(p, f(p, "id", S, "物业服务企业编号"), f(p, "name", S, "企业名称"),
				f(p, "creditCode", S, "统一社会信用代码（18 位，校验位按 GB 32100-2015 核对）"),
				f(p, "employeeCount", N, "从业人员数"), f(p, "partyMemberCount", N, "党员数"),
				f(p, "partyOrg", S, "党组织：`INDEPENDENT` 单独建立、`JOINT` 联合党支部、`INSTRUCTOR` 仅有党建指导员、`NONE` 无"),
				f(p, "partyOrgEstablished", S, "党组织成立日期（yyyy-MM-dd）"),
				f(p, "partyOrgChecklist", O, "“六必有”"), f(p, "partyOrgChecklist.venue", B, "有场所"),
				f(p, "partyOrgChecklist.flag", B, "有党旗"), f(p, "partyOrgChecklist.oath", B, "有入党誓词"),
				f(p, "partyOrgChecklist.dutyDivision", B, "有班子责任分工"),
				f(p, "partyOrgChecklist.workPlan", B, "有支部工作计划"), f(p, "partyOrgChecklist.noticeBoard", B, "有公示栏"),
				f(p, "firstServiceDate", S, "在本区开始提供物业服务的日期"));
	}

	public static List<FieldDescriptor> project(String p) {
		return recorded(p, f(p, "id", S, "物业服务项目（小区）编号"), f(p, "name", S, "项目名称"), f(p, "communityId", S, "所属社区"),
				f(p, "companyId", S, "服务企业；为 null 表示无专业化物业（自管）"), f(p, "managerName", S, "项目经理姓名"),
				f(p, "managerIsPartyMember", B, "项目经理是否党员"), f(p, "managerOnBranchCommittee", B, "项目经理是否进入支部委员会"),
				f(p, "households", N, "户数"), f(p, "occupancyRate", N, "交付率或入住率，0 至 1"),
				f(p, "partyOrgEstablished", S, "项目党组织成立日期"), f(p, "disclosures", O, "“三公开”"),
				f(p, "disclosures.contract", B, "公开物业服务合同"), f(p, "disclosures.serviceStandard", B, "公开服务标准"),
				f(p, "disclosures.publicIncome", B, "公开公共收益"));
	}

	public static List<FieldDescriptor> committee(String p) {
		return recorded(p, f(p, "id", S, "组织编号"), f(p, "projectId", S, "所属项目"),
				f(p, "kind", S, "`OWNERS_COMMITTEE` 业主委员会、`MANAGEMENT_COMMITTEE` 物业管理委员会、`AUTONOMY_COMMITTEE` 自治管理委员会"),
				f(p, "established", S, "成立日期"), f(p, "memberCount", N, "委员数"), f(p, "partyMemberCount", N, "党员委员数"),
				f(p, "chairIsPartyMember", B, "主任是否党员"), f(p, "hasPartyOrg", B, "是否建立党组织"));
	}

	public static List<FieldDescriptor> nomination(String p) {
		return recorded(p, f(p, "id", S, "推荐编号"), f(p, "scheme", S, "评价方案，如 `hongqi365`"), f(p, "year", N, "年度"),
				f(p, "projectId", S, "被推荐的项目"), f(p, "date", S, "推荐日期"), f(p, "opinion", S, "推荐意见"));
	}

	public static List<FieldDescriptor> activity(String p) {
		return recorded(p, f(p, "id", S, "记录编号"), f(p, "projectId", S, "项目"), f(p, "date", S, "活动日期"),
				f(p, "organizer", S, "组织单位"),
				f(p, "heart", S, "“五心”：`HONGXIN` 红心、`JIANGXIN` 匠心、`NUANXIN` 暖心、`ANXIN` 安心、`TONGXIN` 同心"),
				f(p, "kind", S, "`ACTIVITY` 活动、`SCENE` 场景"), f(p, "title", S, "活动名称"), f(p, "description", S, "活动内容"),
				f(p, "photoCount", N, "照片张数"), f(p, "residentSignatures", N, "居民签字数"));
	}

	public static List<FieldDescriptor> incident(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "projectId", S, "项目；企业整体的事件为 null"), f(p, "companyId", S, "企业"),
				f(p, "date", S, "发现或发生日期"),
				f(p, "type", S, "类型：安全隐患 `FIRE_LANE_BLOCKED`、`EBIKE_INDOOR_CHARGING`、`HIGH_ALTITUDE_THROWING`、"
						+ "`STRUCTURAL_DAMAGE`、`GAS_HAZARD`、`OTHER_SAFETY`；事件 `SAFETY_ACCIDENT`、`GROUP_INCIDENT`、"
						+ "`STAFF_OWNER_CONFLICT`、`MANAGEMENT_VIOLATION`"),
				f(p, "description", S, "说明"), f(p, "rectifyBy", S, "整改期限"), f(p, "rectifiedOn", S, "整改完成日期"),
				f(p, "rectificationVerdict", S, "整改认定：`ADEQUATE` 到位、`PERFUNCTORY` 敷衍整改，或 null"));
	}

	public static List<FieldDescriptor> creditDeduction(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "companyId", S, "企业"), f(p, "date", S, "扣减日期"),
				f(p, "points", N, "扣减分数"), f(p, "reason", S, "原因"));
	}

	public static List<FieldDescriptor> survey(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "companyId", S, "企业"), f(p, "date", S, "调查日期"),
				f(p, "respondents", N, "受访人数"), f(p, "averageScore", N, "平均满意度，0 至 100"));
	}

	public static List<FieldDescriptor> assessment(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "companyId", S, "企业"), f(p, "level", S, "`STREET` 街道打分、`DISTRICT` 区打分"),
				f(p, "date", S, "打分日期"), f(p, "organization", N, "组织建设，0 至 20"), f(p, "team", N, "队伍建设，0 至 20"),
				f(p, "management", N, "日常管理，0 至 20"), f(p, "service", N, "服务质量，0 至 20"),
				f(p, "image", N, "社会形象，0 至 20"));
	}

	public static List<FieldDescriptor> indicator(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "subjectType", S, "对象类型：`DISTRICT`、`STREET`、`COMMUNITY`、`PROJECT`、`COMPANY`"),
				f(p, "subjectId", S, "对象编号"), f(p, "code", S, "指标代码，如 `SMART_PROPERTY_COMPANY_USAGE`"),
				f(p, "value", N, "指标值"), f(p, "asOf", S, "测量日期"));
	}

	public static List<FieldDescriptor> inspection(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "projectId", S, "项目"), f(p, "date", S, "打分日期"),
				f(p, "score", N, "街道社区现场打分（量化考核），0 至 100"), f(p, "inspector", S, "打分单位或人员，可为空"));
	}

	public static List<FieldDescriptor> title(String p) {
		return recorded(p, f(p, "id", S, "编号"), f(p, "holderType", S, "持有者类型：`PROJECT` 项目、`COMPANY` 企业"),
				f(p, "holderId", S, "持有者（项目或企业）编号"), f(p, "scheme", S, "评价方案，如 `gold-red-property`"),
				f(p, "year", N, "方案年度"), f(p, "title", S, "称号代码，如 `GOLD`、`FIVE_STAR`"),
				f(p, "grantedOn", S, "授予日期（评价的 asOf 早于它时，称号还不存在）"),
				f(p, "revokedOn", S, "撤销日期，不早于授予日期；仍持有时为 null"),
				f(p, "revocationReason", S, "撤销原因，可为空"));
	}

	/**
	 * The fields of one fact followed by the two that say which version it is: only in facts read back (an import
	 * ignores them).
	 */
	private static List<FieldDescriptor> recorded(String p, FieldDescriptor... fields) {
		List<FieldDescriptor> all = new ArrayList<>(List.of(fields));
		all.add(f(p, "revision", N, "记录这一版本的修订版本号（读出的事实才有，导入时忽略；0 为启用修订版本之前已存的事实）"));
		all.add(f(p, "recordedAt", S, "这一版本的录入时刻（ISO-8601，UTC；读出的事实才有，导入时忽略；启用修订版本之前已存的事实为 null）"));
		return all;
	}

	/**
	 * A whole dataset in the import format, one list per fact kind, under {@code prefix} (empty for a top-level
	 * dataset).
	 */
	public static List<FieldDescriptor> dataset(String prefix) {
		List<FieldDescriptor> fields = new ArrayList<>();
		list(fields, prefix, "districts", "区", district(prefix + "districts[]."));
		list(fields, prefix, "streets", "街道（镇）", street(prefix + "streets[]."));
		list(fields, prefix, "communities", "社区", community(prefix + "communities[]."));
		list(fields, prefix, "companies", "物业服务企业", company(prefix + "companies[]."));
		list(fields, prefix, "projects", "物业服务项目", project(prefix + "projects[]."));
		list(fields, prefix, "committees", "业委会等组织", committee(prefix + "committees[]."));
		list(fields, prefix, "nominations", "推荐（附件1 推荐汇总表）", nomination(prefix + "nominations[]."));
		list(fields, prefix, "activities", "活动和场景（附件2 活动记录表）", activity(prefix + "activities[]."));
		list(fields, prefix, "incidents", "安全隐患和事件", incident(prefix + "incidents[]."));
		list(fields, prefix, "creditDeductions", "已扣信用分", creditDeduction(prefix + "creditDeductions[]."));
		list(fields, prefix, "surveys", "满意度调查", survey(prefix + "surveys[]."));
		list(fields, prefix, "assessments", "评价打分表", assessment(prefix + "assessments[]."));
		list(fields, prefix, "indicators", "指标", indicator(prefix + "indicators[]."));
		list(fields, prefix, "inspections", "街道社区现场打分", inspection(prefix + "inspections[]."));
		list(fields, prefix, "titles", "称号（发布的评价结果）", title(prefix + "titles[]."));
		return fields;
	}

	/** The list {@code name} under {@code prefix}, with the fields of its items. */
	public static void list(List<FieldDescriptor> fields, String prefix, String name, String description,
			List<FieldDescriptor> items) {
		fields.add(fieldWithPath(prefix + name).type(JsonFieldType.ARRAY).description(description).optional());
		fields.addAll(items);
	}

	private static FieldDescriptor f(String prefix, String path, JsonFieldType type, String description) {
		return fieldWithPath(prefix + path).type(type).description(description).optional();
	}

}
