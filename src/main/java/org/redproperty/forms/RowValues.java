package org.redproperty.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.redproperty.facts.RowCode;

/**
 * The cells of one row read as the column's type says, the way offices fill them in: a date as an Excel date or as
 * text ({@code 2023-09-01}, {@code 2023/9/1}, {@code 2023年9月1日}), a number as a number or as text, a percentage
 * as {@code 92}, {@code 92%} or a cell formatted as a percentage. A cell that cannot be read is a problem of that
 * row and column, and reads as blank.
 */
final class RowValues {

	private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu年M月d日", "uuuu.M.d")
		.stream()
		.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** Day 1 of Excel's 1900 date system is 1900-01-01; serial numbers count from the day before day 1 (with 1900 as a leap year). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private final SheetRow row;

	private final List<FormProblem> problems;

	RowValues(SheetRow row, List<FormProblem> problems) {
		this.row = row;
		this.problems = problems;
	}

	int number() {
		return this.row.number();
	}

	boolean has(String header) {
		return this.row.cells().containsKey(header);
	}

	/** The cell as text, trimmed; a number as its digits (an id typed as 1001 is {@code 1001}); null when blank. */
	String text(String header) {
		Cell cell = this.row.cells().get(header);
		if (cell == null) {
			return null;
		}
		String text = (cell.getType() == CellType.NUMBER) ? cell.asNumber().stripTrailingZeros().toPlainString()
				: cell.getText().strip();
		return text.isEmpty() ? null : text;
	}

	LocalDate date(String header) {
		Cell cell = this.row.cells().get(header);
		if (cell == null) {
			return null;
		}
		BigDecimal serial = (cell.getType() == CellType.NUMBER) ? cell.asNumber() : numberOrNull(cell.getText());
		if (serial != null) {
			if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_466)) < 0) {
				return (cell.getType() == CellType.NUMBER) ? cell.asDate().toLocalDate()
						: EXCEL_EPOCH.plusDays(serial.longValue());
			}
		}
		else {
			String text = cell.getText().strip().split("[ T]")[0];
			for (DateTimeFormatter format : DATES) {
				try {
					return LocalDate.parse(text, format);
				}
				catch (DateTimeParseException ex) {
					// try the next way of writing a date
				}
			}
		}
		problem(header, RowCode.INVALID_DATE, "「" + header + "」的日期「" + cell.getText().strip()
				+ "」无法识别；可用 Excel 日期，或写成 2023-09-01、2023/9/1、2023年9月1日");
		return null;
	}

	/** A whole number; null when blank or not one. */
	Integer integer(String header) {
		Cell cell = this.row.cells().get(header);
		if (cell == null) {
			return null;
		}
		BigDecimal number = (cell.getType() == CellType.NUMBER) ? cell.asNumber() : numberOrNull(cell.getText());
		if (number != null && number.stripTrailingZeros().scale() <= 0) {
			try {
				return number.intValueExact();
			}
			catch (ArithmeticException ex) {
				// out of range: said below
			}
		}
		problem(header, RowCode.INVALID_TYPE, "「" + header + "」应为整数，实际是「" + cell.getText().strip() + "」");
		return null;
	}

	/** A percentage in percent (92 for 92%); null when blank or not one. */
	BigDecimal percent(String header) {
		Cell cell = this.row.cells().get(header);
		if (cell == null) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER) {
			String format = cell.getDataFormatString();
			return (format != null && format.contains("%")) ? cell.asNumber().movePointRight(2) : cell.asNumber();
		}
		String text = cell.getText().strip();
		BigDecimal number = numberOrNull(text.replaceAll("[%％]$", "").strip());
		if (number == null) {
			problem(header, RowCode.INVALID_TYPE, "「" + header + "」应为百分数，如 92 或 92%，实际是「" + text + "」");
		}
		return number;
	}

	/** The constant a drop-down cell names; null when blank or unknown. */
	<E extends Enum<E>> E choice(String header, Map<String, E> names) {
		String text = text(header);
		if (text == null) {
			return null;
		}
		E constant = Choices.of(names, text);
		if (constant == null) {
			problem(header, RowCode.UNKNOWN_ENUM,
					"「" + header + "」的值「" + text + "」不是可用的取值，可用：" + String.join("、", names.keySet()));
		}
		return constant;
	}

	void problem(String header, RowCode code, String message) {
		this.problems.add(new FormProblem(this.row.number(), header, code.name(), message));
	}

	private static BigDecimal numberOrNull(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
