package org.redproperty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;

/** Field descriptors of an evaluation result and of its one-line summary, shared by the evaluation examples. */
public final class EvaluationFields {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType N = JsonFieldType.NUMBER;

	private static final JsonFieldType A = JsonFieldType.ARRAY;

	private EvaluationFields() {
	}

	/** The request that asks for an evaluation. */
	public static List<FieldDescriptor> request() {
		return List.of(fieldWithPath("scheme").type(S).description("评价方案，如 `hongqi365`"),
				fieldWithPath("year").type(N).description("年度"),
				fieldWithPath("subjectId").type(S).description("评价对象编号：项目、街道（镇）、社区、区或企业；类型由编号自动识别"),
				fieldWithPath("asOf").type(S).description("评价日（yyyy-MM-dd）：晚于这一天的事实视为不存在"),
				fieldWithPath("knownAt").type(JsonFieldType.VARIES)
					.description("可选：按当时已录入的事实评价——修订版本号（整数），或带时区的时刻（如 `2023-10-31T23:59:59+08:00`，取当时最新的修订版本）；省略则用最新的事实")
					.optional(),
				fieldWithPath("period").type(S)
					.description("评价期间：规则集清单列出 `periods` 时必填（如 `Q1`…`Q4` 季度、`YEAR` 全年），否则不能写")
					.optional(),
				fieldWithPath("districtId").type(S)
					.description("可选：清单写明 `companiesInDistrict` 的方案评价企业时，在哪个区内评价；省略则取它服务项目最多的区")
					.optional());
	}

	/**
	 * The rulesets an evaluation used besides its own, under {@code p} (e.g. {@code requiredRulesets[].}): those
	 * its manifest requires, transitively, each with its content hash.
	 */
	public static List<FieldDescriptor> requiredRulesets(String p, String description) {
		String array = p.substring(0, p.length() - 1);
		return List.of(fieldWithPath(array).type(A).description(description),
				item(p + "scheme", S, "所需规则集的方案"),
				item(p + "year", N, "所需规则集的年度"),
				item(p + "periods[]", A, "为哪些评价期间评价了它（不分评价期间的方案为空）"),
				item(p + "hash", S, "当时所用内容的 SHA-256；重现和比较按它取同一内容（快照）"));
	}

	/** What an evaluation and its summary have in common, under {@code p}. */
	public static List<FieldDescriptor> summary(String p) {
		return new ArrayList<>(List.of(fieldWithPath(p + "id").type(S).description("评价结果编号"),
				fieldWithPath(p + "scheme").type(S).description("评价方案"),
				fieldWithPath(p + "year").type(N).description("年度"),
				fieldWithPath(p + "subjectType").type(S)
					.description("对象类型：`PROJECT`、`STREET`、`COMMUNITY`、`DISTRICT` 或 `COMPANY`"),
				fieldWithPath(p + "subjectId").type(S).description("对象编号"),
				fieldWithPath(p + "asOf").type(S).description("评价日"),
				fieldWithPath(p + "status").type(S)
					.description("规则给出的状态，名称属于规则集，如 `FIVE_STAR`、`NOT_AWARDED`、`NOT_NOMINATED`、`DISQUALIFIED`"),
				fieldWithPath(p + "totalPoints").type(N).description("总分：各得分行之和"),
				fieldWithPath(p + "ruleset.scheme").type(S).description("所用规则集的方案"),
				fieldWithPath(p + "ruleset.year").type(N).description("所用规则集的年度"),
				fieldWithPath(p + "ruleset.hash").type(S).description("所用规则集内容的 SHA-256，据此可重现"),
				fieldWithPath(p + "evaluatedAt").type(S).description("评价时间（UTC）")));
	}

	/** A whole evaluation result at the top level. */
	public static List<FieldDescriptor> evaluation() {
		List<FieldDescriptor> fields = summary("");
		fields.add(fieldWithPath("statusReason").type(S).description("状态的中文理由").optional());
		fields.add(fieldWithPath("rank").type(N).description("名次：规则集做了排名时（如金牌红色物业全区排名）给出，否则为 null").optional());
		fields.add(fieldWithPath("evaluatedTogether").type(JsonFieldType.OBJECT)
			.description("批量重评时本结果来自哪个更大对象的同一次评价（如整个区）；单独评价时为 null。复核时按同样方式重算")
			.optional());
		fields.add(fieldWithPath("evaluatedTogether.subjectType").type(S).description("该次评价的对象类型").optional());
		fields.add(fieldWithPath("evaluatedTogether.subjectId").type(S).description("该次评价的对象编号").optional());
		fields.add(fieldWithPath("factsRevision").type(N)
			.description("评价所读事实的修订版本号；复核按这一版本的事实重算（启用修订版本之前的评价为 null，按当时保存的事实副本重算）")
			.optional());
		fields.add(fieldWithPath("period").type(S)
			.description("评价期间（如 `Q1`、`YEAR`）；规则集不分评价期间时没有这一项")
			.optional());
		fields.add(fieldWithPath("requestedBy").type(S)
			.description("要求这次评价的账户；批量重评时为提交任务的账户，命令行或启动时为 null")
			.optional());
		fields.addAll(requiredRulesets("requiredRulesets[].",
				"本规则集的清单要求（requires）、在同一次评价中先评价的其他规则集，连同它们所要求的；不要求其他规则集时为空"));
		fields.add(fieldWithPath("requiredOutcomes[]").type(A)
			.description("规则所读的、所需规则集对本对象的结果（如企业每个季度的红黑榜状态）；不要求其他规则集时为空"));
		fields.add(item("requiredOutcomes[].scheme", S, "所需规则集的方案"));
		fields.add(item("requiredOutcomes[].year", N, "所需规则集的年度"));
		fields.add(item("requiredOutcomes[].period", S, "评价期间（如 `Q1`）；不分评价期间的方案为 null"));
		fields.add(item("requiredOutcomes[].status", S, "本对象在所需规则集中的状态，如 `RED_LIST`、`NOT_RANKED`"));
		fields.add(item("requiredOutcomes[].score", N, "本对象在所需规则集中的总分（精确值）"));
		fields.add(item("requiredOutcomes[].rank", N, "名次；没有排名时为 null"));
		fields.add(fieldWithPath("lines[]").type(A).description("得分行，每条贡献一行"));
		fields.add(item("lines[].code", S, "给分规则的编号"));
		fields.add(item("lines[].points", N, "分数"));
		fields.add(item("lines[].reason", S, "中文理由"));
		fields.add(item("lines[].evidence[]", A, "依据的记录编号"));
		fields.add(item("lines[].clause", S, "政策条款，如 `川综执字〔2023〕68号 二.2`"));
		fields.add(fieldWithPath("gates[]").type(A).description("门槛：每道都须通过"));
		fields.add(item("gates[].code", S, "门槛规则的编号"));
		fields.add(item("gates[].passed", JsonFieldType.BOOLEAN, "是否通过"));
		fields.add(item("gates[].required", N, "要求值（比率为 0 至 1 的小数；是非题为 1）"));
		fields.add(item("gates[].actual", N, "实际值"));
		fields.add(item("gates[].gap", N, "差距；通过时为 0"));
		fields.add(item("gates[].reason", S, "中文说明：实际、要求和差距"));
		fields.add(item("gates[].evidence[]", A, "依据的记录编号"));
		fields.add(item("gates[].clause", S, "政策条款"));
		fields.add(item("gates[].missing[]", A, "未通过时差的是哪些单位（规则报告时才有），如缺活动的月份 `2023-03`"));
		fields.add(fieldWithPath("findings[]").type(A).description("提示：不影响状态，如不计入的记录及其原因、待整改隐患"));
		fields.add(item("findings[].code", S, "规则编号"));
		fields.add(item("findings[].severity", S, "级别，如 `INFO`、`WARNING`"));
		fields.add(item("findings[].message", S, "中文说明"));
		fields.add(item("findings[].evidence[]", A, "依据的记录编号"));
		fields.add(item("findings[].clause", S, "政策条款"));
		fields.add(fieldWithPath("creditDeductions[]").type(A).description("拟扣减企业信用分（由主管部门决定是否执行）"));
		fields.add(item("creditDeductions[].code", S, "规则编号"));
		fields.add(item("creditDeductions[].companyId", S, "企业"));
		fields.add(item("creditDeductions[].points", N, "拟扣分数"));
		fields.add(item("creditDeductions[].reason", S, "中文理由"));
		fields.add(item("creditDeductions[].evidence[]", A, "依据的记录编号"));
		fields.add(item("creditDeductions[].clause", S, "政策条款"));
		fields.add(fieldWithPath("awards[]").type(A).description("荣誉，如五星管家"));
		fields.add(item("awards[].code", S, "规则编号"));
		fields.add(item("awards[].name", S, "荣誉名称"));
		fields.add(item("awards[].holder", S, "获得者"));
		fields.add(item("awards[].clause", S, "政策条款"));
		fields.add(fieldWithPath("trace[]").type(A).description("规则触发记录，按触发顺序"));
		fields.add(item("trace[].seq", N, "顺序号，从 1 开始"));
		fields.add(item("trace[].rule", S, "规则名称"));
		fields.add(item("trace[].code", S, "规则编号"));
		fields.add(item("trace[].facts[]", A, "该次触发匹配的已存事实编号"));
		return fields;
	}

	private static FieldDescriptor item(String path, JsonFieldType type, String description) {
		return fieldWithPath(path).type(type).description(description).optional();
	}

}
