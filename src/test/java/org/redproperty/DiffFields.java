package org.redproperty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.restdocs.payload.FieldDescriptor;
import org.springframework.restdocs.payload.JsonFieldType;

import static org.springframework.restdocs.payload.PayloadDocumentation.fieldWithPath;
import static org.springframework.restdocs.payload.PayloadDocumentation.subsectionWithPath;

/** Field descriptors of a diff with causes ({@code GET /api/evaluations/{id}/diff}) and of its parts. */
public final class DiffFields {

	private static final JsonFieldType S = JsonFieldType.STRING;

	private static final JsonFieldType A = JsonFieldType.ARRAY;

	private DiffFields() {
	}

	public static List<FieldDescriptor> diff() {
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.addAll(side("from.", "比较的基准（`against` 指定的评价）"));
		fields.addAll(side("to.", "被比较的评价（路径中的评价）"));
		fields.add(fieldWithPath("statusChanged").type(JsonFieldType.BOOLEAN).description("状态是否不同"));
		fields.add(fieldWithPath("causes[]").type(A).description("各项变化的原因合起来：`FACTS` 事实、`RULES` 规则、`AS_OF` 评价日"));
		fields.add(fieldWithPath("differs[]").type(A).description("两次评价在哪几项因素上不同（事实修订版本、规则集哈希、评价日）"));
		fields.addAll(facts("facts[].", "两个修订版本之间，该对象范围内有变化的事实"));
		fields.add(fieldWithPath("rules").type(JsonFieldType.OBJECT).description("两个规则集的不同之处（规则集相同时各项为空）"));
		fields.add(fieldWithPath("rules.files[]").type(A).description("内容不同（新增、删除或修改）的文件"));
		fields.add(fieldWithPath("rules.parameters[]").type(A).description("取值不同的参数"));
		fields.add(fieldWithPath("rules.parameters[].name").type(S).optional().description("参数名"));
		fields.add(fieldWithPath("rules.parameters[].label").type(S).optional().description("参数的中文说明"));
		fields.add(fieldWithPath("rules.parameters[].before").type(S).optional().description("基准规则集中的取值"));
		fields.add(fieldWithPath("rules.parameters[].after").type(S).optional().description("被比较的规则集中的取值"));
		fields.add(fieldWithPath("rules.codes[]").type(A).description("文本不同，或读取了取值不同的参数的规则编号"));
		fields.add(subsectionWithPath("rules.readers").type(JsonFieldType.OBJECT).description("规则编号 → 它读取的、取值不同的参数"));
		String c = "changes[].";
		fields.add(fieldWithPath("changes[]").type(A).description("评价结果中不同的每一项，按种类、规则编号排列"));
		fields.add(fieldWithPath(c + "kind").type(S).description("`STATUS` 状态、`RANK` 名次、`GATE` 门槛、`LINE` 得分、`FINDING` 提示、`AWARD` 荣誉、`DEDUCTION` 拟扣信用分"));
		fields.add(fieldWithPath(c + "code").type(S).optional().description("规则编号（状态和名次为 null）"));
		fields.add(subsectionWithPath(c + "before").type(JsonFieldType.VARIES).optional()
			.description("基准评价中的这一项，与评价结果中的写法相同（状态为 `status`、`reason`，名次为 `rank`）；没有这一项时为 null"));
		fields.add(subsectionWithPath(c + "after").type(JsonFieldType.VARIES).optional().description("被比较的评价中的这一项；没有时为 null"));
		fields.addAll(change(c));
		fields.add(fieldWithPath(c + "reason").type(S).description("一句话的中文原因：其后的事实、规则或评价日的变化，以及这一项怎样变了"));
		return fields;
	}

	/** The causes of one change, the records and rules behind it and its reason. */
	public static List<FieldDescriptor> change(String p) {
		List<FieldDescriptor> fields = new ArrayList<>();
		fields.add(fieldWithPath(p + "causes[]").type(A).description("这一变化的原因：每一项单独改变就会产生它的因素；"
				+ "`interaction` 为 true 时，是只有同时改变才产生它的几项因素"));
		fields.add(fieldWithPath(p + "interaction").type(JsonFieldType.BOOLEAN)
			.description("是否只在所列因素同时改变时才出现（任何一项单独改变都不产生它）"));
		fields.addAll(facts(p + "facts[].", "其后的事实变化：它所列记录的变化；不列记录时（状态、名次），其他由事实引起的变化所列的记录；再没有时，该对象范围内（再没有时，评价范围内）的全部事实变化"));
		fields.add(fieldWithPath(p + "rules[]").type(A).description("其后的规则变化：规则编号、文件名，或参数（`manifest.yaml:参数名`）"));
		return fields;
	}

	private static List<FieldDescriptor> facts(String p, String description) {
		String array = p.substring(0, p.length() - 1);
		return List.of(fieldWithPath(array).type(A).description(description),
				fieldWithPath(p + "kind").type(S).optional().description("事实类型（导入格式中的分组名，如 `activities`）"),
				fieldWithPath(p + "id").type(S).optional().description("事实编号"),
				fieldWithPath(p + "change").type(S).optional().description("`ADDED` 新增、`CHANGED` 修改、`RETRACTED` 撤回"),
				fieldWithPath(p + "revision").type(JsonFieldType.NUMBER).optional().description("记下这一变化的修订版本"));
	}

	private static List<FieldDescriptor> side(String p, String description) {
		List<FieldDescriptor> fields = new ArrayList<>(List.of(fieldWithPath(p.substring(0, p.length() - 1)).type(JsonFieldType.OBJECT).description(description),
				fieldWithPath(p + "id").type(S).description("评价结果编号"),
				fieldWithPath(p + "status").type(S).description("状态"),
				fieldWithPath(p + "totalPoints").type(JsonFieldType.NUMBER).description("总分"),
				fieldWithPath(p + "rank").type(JsonFieldType.NUMBER).optional().description("名次（规则集排名时）"),
				fieldWithPath(p + "asOf").type(S).description("评价日"),
				fieldWithPath(p + "factsRevision").type(JsonFieldType.NUMBER).description("所读事实的修订版本"),
				fieldWithPath(p + "ruleset.scheme").type(S).description("规则集的方案"),
				fieldWithPath(p + "ruleset.year").type(JsonFieldType.NUMBER).description("规则集的年度"),
				fieldWithPath(p + "ruleset.hash").type(S).description("规则集内容的 SHA-256")));
		fields.addAll(EvaluationFields.requiredRulesets(p + "requiredRulesets[].",
				"所用的其他规则集（清单 requires 的）及其内容哈希；其中有哈希不同时，差异的原因含 `RULES`"));
		return fields;
	}

}
