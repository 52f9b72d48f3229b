package org.redproperty.facts;

/**
 * The stable codes of the row errors of a refused import ({@code errors[].code} of {@code INVALID_DATASET}), each
 * with its meaning in Chinese; the API guide's table of row codes is generated from this list.
 */
public enum RowCode {

	NOT_AN_OBJECT("数据集或其中一行不是 JSON 对象"),
	UNKNOWN_KIND("未知的事实类型（数据集顶层的键）"),
	NOT_A_LIST("事实类型的值不是数组"),
	UNKNOWN_FIELD("行中有格式里没有的字段（拼写错误的字段不会被悄悄丢掉）"),
	MISSING_FIELD("缺少必填字段"),
	INVALID_TYPE("字段的值类型不对（如数量写成文本、日期写成数字）"),
	INVALID_ID("编号为空白，或以空白开头或结尾"),
	DUPLICATE_ID("同一编号在本次数据的同类事实中出现两次"),
	ID_COLLISION("编号与本次数据或已存数据中的另一编号只差大小写（或数据库视为相同的其他差别），数据库会把它们当作同一编号"),
	TOO_LONG("文本超过该字段可存的长度；`message` 给出上限"),
	INVALID_CHARACTER("文本中有无法存储的字符（如不成对的代理字符 \\uD800）"),
	UNKNOWN_ENUM("不是该字段可用的取值"),
	INVALID_DATE("日期无法识别，应为 yyyy-MM-dd（Excel 表格中还可以是 Excel 日期、2023/9/1 或 2023年9月1日）"),
	DATE_OUT_OF_RANGE("日期不在 1900-01-01 到 9999-12-31 之间"),
	DATES_OUT_OF_ORDER("日期早于同一行中它不能早于的日期（如称号的撤销日期早于授予日期）"),
	NEGATIVE_COUNT("数量为负数"),
	OUT_OF_RANGE("数值超出该字段允许的范围（如比率大于 1、分数大于满分，或整数位多于该字段可存的位数）"),
	TOO_MANY_DECIMALS("小数位多于该字段可存的位数；不会四舍五入后存储"),
	INVALID_CREDIT_CODE("统一社会信用代码不是 18 位，或校验码不符合 GB 32100-2015"),
	DANGLING_REFERENCE("引用的编号在本次数据和已存数据中都不存在"),
	OUTSIDE_DISTRICT("该行属于账户所限区以外的区；限于一个区的账户只能导入本区的数据"),
	UNKNOWN_RETRACTION("要撤回的编号不存在"),
	ALREADY_RETRACTED("要撤回的编号已被撤回过"),
	RETRACTED_AND_SENT("同一编号既在本次数据中提交又被撤回"),
	RETRACTION_ORPHANS("撤回后仍有当前记录引用它；须一并撤回引用它的记录"),
	UNKNOWN_NAME("Excel 表格：按名称找不到项目（限于一个区的账户在其区内找，否则在所属街道（镇）所在的区或全部数据中找）"),
	AMBIGUOUS_NAME("Excel 表格：同名的项目不止一个；`message` 列出它们的编号，须填项目编号（或所属街道（镇））"),
	NOT_AS_STORED("Excel 表格：附件1 的描述列（所属街道、党组织或业委会成立时间、交付率、企业名称）或项目名称与已存的项目事实不符；留空则不核对");

	private final String meaning;

	RowCode(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return this.meaning;
	}

}
