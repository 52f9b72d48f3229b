package org.redproperty.forms;

import java.util.List;

import org.redproperty.forms.Column.Type;

/**
 * The columns of the two forms, in the order of the source document, followed by the service's own columns, and
 * what the sheet 填写说明 says about them.
 */
final class FormLayout {

	static final String STREET = "所属街道（镇）";

	static final String PROJECT_NAME = "项目名称";

	static final String PARTY_ORG = "项目党组织成立时间";

	static final String COMMITTEE = "小区业主委员会成立时间";

	static final String OCCUPANCY = "交付率或入住率（%）";

	static final String COMPANY = "物业服务企业名称";

	static final String PROJECT = "项目";

	static final String PROJECT_ID = "项目编号";

	static final List<Column> NOMINATIONS = List.of(Column.source("序号", null, Type.SERIAL, 6, null),
			Column.source(STREET, null, Type.TEXT, 16, "填了则核对：须是项目所在的街道（镇）；也用来区分重名的项目"),
			Column.source(PROJECT_NAME, null, Type.TEXT, 20, "未填项目编号时按名称找项目（须在区内唯一）"),
			Column.source(PARTY_ORG, null, Type.DATE, 14, "填了则核对已存的项目事实；不会改动已存数据"),
			Column.source(COMMITTEE, null, Type.DATE, 14, "填了则核对已存的业主委员会成立日期；不会改动已存数据"),
			Column.source(OCCUPANCY, null, Type.PERCENT, 12, "填了则核对已存的交付率或入住率，如 92 或 92%"),
			Column.source(COMPANY, null, Type.TEXT, 26, "填了则核对：须是为项目服务的企业（名称或编号）"),
			Column.source("推荐意见", "opinion", Type.TEXT, 40, null),
			Column.service("推荐编号", "id", Type.TEXT, 18, "系统用列：推荐记录的编号；空白时沿用该项目同方案同年度已有的编号，没有则生成"),
			Column.service(PROJECT_ID, "projectId", Type.TEXT, 12, "系统用列：项目编号；空白时按项目名称找"),
			Column.service("方案", "scheme", Type.SCHEME, 20, "系统用列：评价方案，从下拉列表选"),
			Column.service("年度", "year", Type.INTEGER, 8, "系统用列：四位年份，如 2023"),
			Column.service("推荐日期", "date", Type.DATE, 14, "系统用列：推荐的日期"));

	static final List<Column> ACTIVITIES = List.of(
			Column.source(PROJECT, null, Type.TEXT, 20, "项目名称；未填项目编号时按名称找项目（须在区内唯一）"),
			Column.source("时间", "date", Type.DATE, 14, "活动开展或场景建成的日期"),
			Column.source("组织单位（企业名称）", "organizer", Type.TEXT, 26, null),
			Column.source("活动内容（场景名称）", "title", Type.TEXT, 26, null),
			Column.source("活动开展情况（场景简介）", "description", Type.TEXT, 40, null),
			Column.source("五心类别", "heart", Type.HEART, 10, "从下拉列表选：红心、匠心、暖心、安心、同心"),
			Column.source("活动或场景", "kind", Type.KIND, 10, "从下拉列表选：活动、场景"),
			Column.source("照片张数", "photoCount", Type.INTEGER, 10, "活动开展照片（场景照片）的张数"),
			Column.source("居民代表签名人数", "residentSignatures", Type.INTEGER, 12, "居民评价（居民代表签名）的人数"),
			Column.service("记录编号", "id", Type.TEXT, 18, "系统用列：活动记录的编号，必填；同一编号再次导入即修改该记录"),
			Column.service(PROJECT_ID, "projectId", Type.TEXT, 12, "系统用列：项目编号；空白时按「项目」一列的名称找"));

	static final List<String> COMMON_INSTRUCTIONS = List.of(
			"表头行（第 3 行）的文字不要改动，也不要删除或调换列；标题行可以改写。从第 4 行起每行填一条，空行会被跳过。",
			"灰色表头的列是系统导入所需的列（源文件中没有），请一并填写。",
			"日期可以是 Excel 日期，也可以写成文本 2023-09-01、2023/9/1 或 2023年9月1日；数字可以是数字，也可以是文本。",
			"项目可以只填名称：名称须在本区（限于一个区的账户为其区；否则为所属街道所在的区）唯一，重名或找不到的名称会作为该行的错误列出。",
			"上传后逐行检查：只要有一行有错，整个文件都不导入，错误逐条列出（行号、列名、原因）；改正后重新上传整个文件即可。"
					+ "全部正确时，整个文件作为一个新的修订版本导入。",
			"同一编号再次导入时修改该条记录（生成新版本，旧版本留在历史中），内容相同的行不产生变化。");

	static final List<String> NOMINATION_INSTRUCTIONS = List.of(
			"「项目党组织成立时间」「小区业主委员会成立时间」「交付率或入住率（%）」「物业服务企业名称」「所属街道（镇）」是项目已存的事实："
					+ "导出的汇总表由系统填好；上传时只核对，不修改已存数据。填写的值与已存事实不符时作为该行的错误列出"
					+ "（先改正项目数据，或留空不核对），以免盖章上报的表与系统中的事实不一致。",
			"「序号」只为打印，上传时不读。");

	static final List<String> ACTIVITY_INSTRUCTIONS = List.of(
			"「五心类别」「活动或场景」从下拉列表中选择；「组织单位（企业名称）」照实填写单位名称，作为文本保存。",
			"每张活动记录表的照片和居民代表签名留在纸质档案中，这里填写张数和人数。");

	private FormLayout() {
	}

}
