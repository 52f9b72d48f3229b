package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks an imported dataset row by row against {@link FieldSpec#SCHEMA} and reports every problem, not just the
 * first. References may point to a row of the same payload or to a stored fact.
 */
final class DatasetValidator {

	private final BiFunction<FactKind, Collection<String>, Set<String>> storedIds;

	private final RetractionCheck retractions;

	/** @param storedIds which of the given ids of a kind are already stored */
	DatasetValidator(BiFunction<FactKind, Collection<String>, Set<String>> storedIds) {
		this(storedIds, RetractionCheck.Lookup.NONE);
	}

	/**
	 * @param storedIds which of the given ids of a kind are already stored (current)
	 * @param retractions what a retraction needs to know of the stored facts
	 */
	DatasetValidator(BiFunction<FactKind, Collection<String>, Set<String>> storedIds,
			RetractionCheck.Lookup retractions) {
		this.storedIds = storedIds;
		this.retractions = new RetractionCheck(storedIds, retractions);
	}

	List<ImportProblem> validate(JsonNode root) {
		List<ImportProblem> problems = new ArrayList<>();
		if (root == null || !root.isObject()) {
			problems.add(new ImportProblem(null, null, null, null, "NOT_AN_OBJECT", "数据集必须是一个 JSON 对象，按事实类型分组"));
			return problems;
		}
		Map<FactKind, Set<String>> payloadIds = new EnumMap<>(FactKind.class);
		List<PendingReference> references = new ArrayList<>();
		for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
			String key = keys.next();
			FactKind kind = FactKind.byKey(key);
			if (RetractionCheck.KEY.equals(key)) {
				continue;
			}
			if (kind == null) {
				problems.add(new ImportProblem(key, null, null, null, "UNKNOWN_KIND",
						"未知的事实类型「" + key + "」，可用的类型：" + Arrays.stream(FactKind.values()).map(FactKind::key).toList()));
			}
			else if (!root.get(key).isArray()) {
				problems.add(new ImportProblem(key, null, null, null, "NOT_A_LIST", "「" + key + "」必须是数组"));
			}
			else {
				Set<String> ids = payloadIds.computeIfAbsent(kind, (k) -> new HashSet<>());
				int index = 0;
				for (JsonNode row : root.get(key)) {
					new RowCheck(kind, index++, row, problems, references).run(ids);
				}
			}
		}
		Map<FactKind, Set<String>> retracted = root.has(RetractionCheck.KEY)
				? this.retractions.check(root.get(RetractionCheck.KEY), payloadIds, problems) : Map.of();
		checkReferences(references, payloadIds, retracted, problems);
		return problems;
	}

	private void checkReferences(List<PendingReference> references, Map<FactKind, Set<String>> payloadIds,
			Map<FactKind, Set<String>> retracted, List<ImportProblem> problems) {
		Map<FactKind, Set<String>> wanted = new EnumMap<>(FactKind.class);
		for (PendingReference ref : references) {
			if (!payloadIds.getOrDefault(ref.target(), Set.of()).contains(ref.value())) {
				wanted.computeIfAbsent(ref.target(), (k) -> new HashSet<>()).add(ref.value());
			}
		}
		Map<FactKind, Set<String>> stored = new HashMap<>();
		wanted.forEach((kind, ids) -> stored.put(kind, this.storedIds.apply(kind, ids)));
		for (PendingReference ref : references) {
			boolean found = payloadIds.getOrDefault(ref.target(), Set.of()).contains(ref.value())
					|| (stored.getOrDefault(ref.target(), Set.of()).contains(ref.value())
							&& !retracted.getOrDefault(ref.target(), Set.of()).contains(ref.value()));
			if (!found) {
				problems.add(new ImportProblem(ref.kind().key(), ref.index(), ref.id(), ref.field(), "DANGLING_REFERENCE",
						"引用的" + Messages.kindName(ref.target()) + "「" + ref.value() + "」不存在（本次数据和已存数据中都没有）"));
			}
		}
	}

	record PendingReference(FactKind kind, int index, String id, String field, FactKind target, String value) {
	}

	/** The checks of one row. */
	private static final class RowCheck {

		private final FactKind kind;

		private final int index;

		private final JsonNode row;

		private final List<ImportProblem> problems;

		private final List<PendingReference> references;

		private String id;

		RowCheck(FactKind kind, int index, JsonNode row, List<ImportProblem> problems,
				List<PendingReference> references) {
			this.kind = kind;
			this.index = index;
			this.row = row;
			this.problems = problems;
			this.references = references;
		}

		void run(Set<String> idsSoFar) {
			if (!this.row.isObject()) {
				problem(null, "NOT_AN_OBJECT", "每一行必须是 JSON 对象");
				return;
			}
			JsonNode idNode = this.row.get("id");
			this.id = (idNode != null && idNode.isTextual()) ? idNode.asText() : null;
			for (FieldSpec field : FieldSpec.SCHEMA.get(this.kind)) {
				check(field, this.row.get(field.name()));
			}
			if (this.id != null && !this.id.isBlank() && !idsSoFar.add(this.id)) {
				problem("id", "DUPLICATE_ID", "编号「" + this.id + "」在本次数据的" + Messages.kindName(this.kind) + "中重复出现");
			}
		}

		private void check(FieldSpec field, JsonNode value) {
			boolean absent = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank()
					&& field.type() != FieldSpec.Type.TEXT);
			if (absent || (field.required() && value.isTextual() && value.asText().isBlank())) {
				if (field.required()) {
					problem(field.name(), "MISSING_FIELD", "缺少必填字段「" + field.name() + "」");
				}
				return;
			}
			switch (field.type()) {
				case ID, TEXT -> expect(field, value.isTextual(), "文本");
				case REFERENCE -> reference(field, field.target(), value);
				case SUBJECT_REFERENCE -> subjectReference(field, value);
				case ENUM -> enumeration(field, value);
				case DATE -> date(field, value);
				case INTEGER -> expect(field, value.canConvertToInt() && value.isIntegralNumber(), "整数");
				case COUNT -> count(field, value);
				case DECIMAL -> expect(field, value.isNumber(), "数字");
				case BOUNDED -> bounded(field, value);
				case BOOLEAN -> expect(field, value.isBoolean(), "true 或 false");
				case FLAGS -> flags(field, value);
				case CREDIT_CODE -> creditCode(field, value);
			}
		}

		private boolean expect(FieldSpec field, boolean ok, String what) {
			if (!ok) {
				problem(field.name(), "INVALID_TYPE", "字段「" + field.name() + "」应为" + what + "，实际是 " + this.row.get(field.name()));
			}
			return ok;
		}

		private void reference(FieldSpec field, FactKind target, JsonNode value) {
			if (expect(field, value.isTextual(), "编号文本")) {
				this.references.add(new PendingReference(this.kind, this.index, this.id, field.name(), target, value.asText()));
			}
		}

		private void subjectReference(FieldSpec field, JsonNode value) {
			JsonNode type = this.row.get("subjectType");
			SubjectType subjectType = (type != null && type.isTextual()) ? Messages.enumValue(SubjectType.class, type.asText()) : null;
			if (subjectType != null) {
				reference(field, FactKind.of(subjectType), value);
			}
		}

		private void enumeration(FieldSpec field, JsonNode value) {
			if (expect(field, value.isTextual(), "文本") && Messages.enumValue(field.enumType(), value.asText()) == null) {
				problem(field.name(), "UNKNOWN_ENUM", "字段「" + field.name() + "」的值「" + value.asText() + "」不是可用的取值，可用："
						+ Arrays.toString(field.enumType().getEnumConstants()));
			}
		}

		private void date(FieldSpec field, JsonNode value) {
			try {
				LocalDate.parse(value.asText());
			}
			catch (DateTimeParseException ex) {
				problem(field.name(), "INVALID_DATE", "字段「" + field.name() + "」的日期「" + value.asText() + "」无法识别，应为 yyyy-MM-dd");
			}
		}

		private void count(FieldSpec field, JsonNode value) {
			if (expect(field, value.isIntegralNumber() && value.canConvertToInt(), "整数") && value.asInt() < 0) {
				problem(field.name(), "NEGATIVE_COUNT", "字段「" + field.name() + "」是数量，不能为负数（" + value.asInt() + "）");
			}
		}

		private void bounded(FieldSpec field, JsonNode value) {
			if (expect(field, value.isNumber(), "数字")) {
				BigDecimal number = value.decimalValue();
				if (number.signum() < 0 || number.compareTo(field.max()) > 0) {
					problem(field.name(), "OUT_OF_RANGE", "字段「" + field.name() + "」应在 0 到 "
							+ field.max().toPlainString() + " 之间，实际是 " + number.toPlainString());
				}
			}
		}

		private void flags(FieldSpec field, JsonNode value) {
			if (expect(field, value.isObject(), "对象")) {
				for (String member : field.members()) {
					JsonNode flag = value.get(member);
					if (flag != null && !flag.isNull() && !flag.isBoolean()) {
						problem(field.name() + "." + member, "INVALID_TYPE", "字段「" + field.name() + "." + member + "」应为 true 或 false");
					}
				}
			}
		}

		private void creditCode(FieldSpec field, JsonNode value) {
			if (expect(field, value.isTextual(), "文本") && !CreditCode.isValid(value.asText())) {
				problem(field.name(), "INVALID_CREDIT_CODE", "统一社会信用代码「" + value.asText()
						+ "」无效：应为18位，且校验码须符合 GB 32100-2015");
			}
		}

		private void problem(String field, String code, String message) {
			this.problems.add(new ImportProblem(this.kind.key(), this.index, this.id, field, code, message));
		}

	}

}
