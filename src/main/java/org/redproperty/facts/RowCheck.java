package org.redproperty.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.redproperty.common.StorableDates;

/**
 * The checks of one row of an import against the {@link FieldSpec}s of its kind: each value must be what the field
 * takes and what its column stores exactly, or the row gets a problem that says why.
 */
final class RowCheck {

	/** Where a row is: its kind, its position in its array and its id. */
	record Row(FactKind kind, int index, String id) {

		ImportProblem problem(String field, RowCode code, String message) {
			return new ImportProblem(this.kind.key(), this.index, this.id, field, code.name(), message);
		}

	}

	/** A reference of a row, checked once every row is read. */
	record Reference(Row row, String field, FactKind target, String value) {
	}

	private final Row row;

	private final JsonNode node;

	private final List<ImportProblem> problems;

	private final List<Reference> references;

	RowCheck(FactKind kind, int index, JsonNode node, List<ImportProblem> problems, List<Reference> references) {
		JsonNode id = node.get("id");
		this.row = new Row(kind, index, (id != null && id.isTextual()) ? id.asText() : null);
		this.node = node;
		this.problems = problems;
		this.references = references;
	}

	/** Checks the row; its place if it has an id to compare with others, else {@code null}. */
	Row run() {
		if (!this.node.isObject()) {
			problem(null, RowCode.NOT_AN_OBJECT, "每一行必须是 JSON 对象");
			return null;
		}
		List<FieldSpec> fields = FieldSpec.SCHEMA.get(this.row.kind());
		for (Iterator<String> names = this.node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (fields.stream().noneMatch((field) -> field.name().equals(name))) {
				problem(name, RowCode.UNKNOWN_FIELD, "字段「" + name + "」不是" + Messages.kindName(this.row.kind())
						+ "的字段，可用的字段：" + fields.stream().map(FieldSpec::name).toList());
			}
		}
		for (FieldSpec field : fields) {
			check(field, this.node.get(field.name()));
		}
		return (this.row.id() != null && !this.row.id().isBlank()) ? this.row : null;
	}

	private void check(FieldSpec field, JsonNode value) {
		boolean absent = value == null || value.isNull()
				|| (value.isTextual() && value.asText().isBlank() && field.type() != FieldSpec.Type.TEXT);
		if (absent || (field.required() && value.isTextual() && value.asText().isBlank())) {
			if (field.required()) {
				problem(field.name(), RowCode.MISSING_FIELD, "缺少必填字段「" + field.name() + "」");
			}
			return;
		}
		switch (field.type()) {
			case ID -> id(field, value);
			case TEXT -> text(field, value, "文本");
			case REFERENCE -> reference(field, field.target(), value);
			case SUBJECT_REFERENCE -> subjectReference(field, value);
			case ENUM -> enumeration(field, value);
			case DATE -> date(field, value);
			case INTEGER -> expect(field, value.canConvertToInt() && value.isIntegralNumber(), "整数");
			case COUNT -> count(field, value);
			case DECIMAL -> decimal(field, value);
			case BOUNDED -> bounded(field, value);
			case BOOLEAN -> expect(field, value.isBoolean(), "true 或 false");
			case FLAGS -> flags(field, value);
			case CREDIT_CODE -> creditCode(field, value);
		}
	}

	private boolean expect(FieldSpec field, boolean ok, String what) {
		if (!ok) {
			problem(field.name(), RowCode.INVALID_TYPE, "字段「" + field.name() + "」应为" + what + "，实际是 " + this.node.get(field.name()));
		}
		return ok;
	}

	/** A text its column stores as sent: no longer than the column, and only characters it can hold. */
	private boolean text(FieldSpec field, JsonNode value, String what) {
		if (!expect(field, value.isTextual(), what)) {
			return false;
		}
		String text = value.asText();
		if (text.codePoints().anyMatch((c) -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
			problem(field.name(), RowCode.INVALID_CHARACTER, "字段「" + field.name() + "」含有无法存储的字符（不成对的代理字符，"
					+ "通常是截断的表情或生僻字），请检查原始数据");
			return false;
		}
		// Counted in UTF-16 units, as H2 counts; MariaDB counts characters, never more.
		if (field.length() > 0 && text.length() > field.length()) {
			problem(field.name(), RowCode.TOO_LONG, "字段「" + field.name() + "」最多 " + field.length() + " 个字符，实际 "
					+ text.length() + " 个");
			return false;
		}
		return true;
	}

	private void id(FieldSpec field, JsonNode value) {
		if (text(field, value, "编号文本") && !value.asText().equals(value.asText().strip())) {
			problem(field.name(), RowCode.INVALID_ID, "编号「" + value.asText() + "」不能以空白开头或结尾");
		}
	}

	private void reference(FieldSpec field, FactKind target, JsonNode value) {
		if (text(field, value, "编号文本")) {
			this.references.add(new Reference(this.row, field.name(), target, value.asText()));
		}
	}

	private void subjectReference(FieldSpec field, JsonNode value) {
		String typeField = field.members().get(0);
		JsonNode type = this.node.get(typeField);
		Class<? extends Enum<?>> types = FieldSpec.SCHEMA.get(this.row.kind()).stream()
			.filter((spec) -> spec.name().equals(typeField))
			.findFirst()
			.orElseThrow()
			.enumType();
		// the type field's own enum says which subjects may be named (a title's holder: a project or a company)
		SubjectType subjectType = (type != null && type.isTextual() && Messages.enumValue(types, type.asText()) != null)
				? Messages.enumValue(SubjectType.class, type.asText()) : null;
		if (subjectType != null) {
			reference(field, FactKind.of(subjectType), value);
		}
	}

	private void enumeration(FieldSpec field, JsonNode value) {
		if (expect(field, value.isTextual(), "文本") && Messages.enumValue(field.enumType(), value.asText()) == null) {
			problem(field.name(), RowCode.UNKNOWN_ENUM, "字段「" + field.name() + "」的值「" + value.asText() + "」不是可用的取值，可用："
					+ Arrays.toString(field.enumType().getEnumConstants()));
		}
	}

	private void date(FieldSpec field, JsonNode value) {
		if (!expect(field, value.isTextual(), " yyyy-MM-dd 格式的日期文本")) {
			return;
		}
		try {
			LocalDate date = LocalDate.parse(value.asText());
			if (!StorableDates.contains(date)) {
				problem(field.name(), RowCode.DATE_OUT_OF_RANGE, "字段「" + field.name() + "」的日期「" + value.asText()
						+ "」不在 " + StorableDates.range() + " 之间");
			}
			else if (!field.members().isEmpty()) {
				notBefore(field, date, field.members().get(0));
			}
		}
		catch (DateTimeParseException ex) {
			problem(field.name(), RowCode.INVALID_DATE, "字段「" + field.name() + "」的日期「" + value.asText() + "」无法识别，应为 yyyy-MM-dd");
		}
	}

	/** A date that must not be before another date of the row (when that one is a date at all). */
	private void notBefore(FieldSpec field, LocalDate date, String earliest) {
		JsonNode other = this.node.get(earliest);
		if (other == null || !other.isTextual()) {
			return;
		}
		try {
			if (date.isBefore(LocalDate.parse(other.asText()))) {
				problem(field.name(), RowCode.DATES_OUT_OF_ORDER, "字段「" + field.name() + "」的日期「" + date + "」早于「"
						+ earliest + "」的日期「" + other.asText() + "」");
			}
		}
		catch (DateTimeParseException ex) {
			// the other field has its own problem
		}
	}

	private void count(FieldSpec field, JsonNode value) {
		if (expect(field, value.isIntegralNumber() && value.canConvertToInt(), "整数") && value.asInt() < 0) {
			problem(field.name(), RowCode.NEGATIVE_COUNT, "字段「" + field.name() + "」是数量，不能为负数（" + value.asInt() + "）");
		}
	}

	/** A number its {@code DECIMAL(precision, scale)} column stores exactly: never rounded, never cut. */
	private boolean decimal(FieldSpec field, JsonNode value) {
		if (!expect(field, value.isNumber(), "数字")) {
			return false;
		}
		BigDecimal number = value.decimalValue().stripTrailingZeros();
		int integerDigits = field.precision() - field.scale();
		if (number.scale() > field.scale()) {
			problem(field.name(), RowCode.TOO_MANY_DECIMALS, "字段「" + field.name() + "」最多 " + field.scale()
					+ " 位小数，实际是 " + number.toPlainString() + "；请按政策口径取舍后再导入，服务不会替您四舍五入");
			return false;
		}
		if (number.precision() - number.scale() > integerDigits) {
			problem(field.name(), RowCode.OUT_OF_RANGE, "字段「" + field.name() + "」的整数部分最多 " + integerDigits
					+ " 位，实际是 " + number.toPlainString());
			return false;
		}
		return true;
	}

	private void bounded(FieldSpec field, JsonNode value) {
		if (decimal(field, value)) {
			BigDecimal number = value.decimalValue();
			if (number.signum() < 0 || number.compareTo(field.max()) > 0) {
				problem(field.name(), RowCode.OUT_OF_RANGE, "字段「" + field.name() + "」应在 0 到 "
						+ field.max().toPlainString() + " 之间，实际是 " + number.toPlainString());
			}
		}
	}

	private void flags(FieldSpec field, JsonNode value) {
		if (!expect(field, value.isObject(), "对象")) {
			return;
		}
		for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
			String member = names.next();
			JsonNode flag = value.get(member);
			if (!field.members().contains(member)) {
				problem(field.name() + "." + member, RowCode.UNKNOWN_FIELD, "字段「" + field.name() + "」中没有「" + member
						+ "」，可用的项：" + field.members());
			}
			else if (!flag.isNull() && !flag.isBoolean()) {
				problem(field.name() + "." + member, RowCode.INVALID_TYPE, "字段「" + field.name() + "." + member + "」应为 true 或 false");
			}
		}
	}

	private void creditCode(FieldSpec field, JsonNode value) {
		if (expect(field, value.isTextual(), "文本") && !CreditCode.isValid(value.asText())) {
			problem(field.name(), RowCode.INVALID_CREDIT_CODE, "统一社会信用代码「" + value.asText()
					+ "」无效：应为18位，且校验码须符合 GB 32100-2015");
		}
	}

	private void problem(String field, RowCode code, String message) {
		this.problems.add(this.row.problem(field, code, message));
	}

}
