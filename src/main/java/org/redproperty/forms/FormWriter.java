package org.redproperty.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a form as the offices know it: a title row, the line for the stamp (填报单位（盖章）) and the date, the
 * header row (the service's own columns in grey, each column's note on its header), the rows, drop-down lists for
 * the enumerations, dates formatted as dates, and a sheet 填写说明 that says how to fill it.
 */
final class FormWriter {

	/** Rows below the header that get the drop-down lists and date formats, beyond the rows written. */
	private static final int BLANK_ROWS = 500;

	static final int HEADER_ROW = 2;

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String SERVICE_FILL = "D9D9D9";

	private FormWriter() {
	}

	/**
	 * @param title the first row
	 * @param stampLine the second row, over the source document's columns
	 * @param schemes the scheme ids the drop-down of a scheme column offers
	 * @param rows the values of each row, in the order of the columns (null for a blank cell)
	 */
	static byte[] write(FormKind kind, String title, String stampLine, List<String> schemes, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "红色物业评价服务", "1.0");
			Worksheet sheet = workbook.newWorksheet(kind.sheetName());
			List<Column> columns = kind.columns();
			int sourceColumns = (int) columns.stream().filter((column) -> !column.service()).count();
			sheet.value(0, 0, title);
			sheet.range(0, 0, 0, columns.size() - 1).merge();
			sheet.range(0, 0, 0, columns.size() - 1).style().bold().fontSize(16).horizontalAlignment("center").set();
			sheet.rowHeight(0, 30);
			sheet.value(1, 0, stampLine);
			sheet.range(1, 0, 1, sourceColumns - 1).merge();
			sheet.value(1, sourceColumns, "灰色表头的列为系统导入所需（源文件中没有）");
			sheet.range(1, sourceColumns, 1, columns.size() - 1).merge();
			sheet.range(1, sourceColumns, 1, columns.size() - 1).style().fontColor("7F7F7F").set();
			int last = HEADER_ROW + Math.max(rows.size(), 1) + BLANK_ROWS;
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				sheet.width(c, column.width());
				sheet.value(HEADER_ROW, c, column.header());
				var header = sheet.style(HEADER_ROW, c).bold().wrapText(true).borderStyle("thin")
					.horizontalAlignment("center").verticalAlignment("center");
				(column.service() ? header.fillColor(SERVICE_FILL) : header).set();
				if (column.note() != null) {
					sheet.comment(HEADER_ROW, c, column.note());
				}
				if (column.type() == Column.Type.DATE) {
					sheet.range(HEADER_ROW + 1, c, last, c).style().format(DATE_FORMAT).set();
				}
				String list = switch (column.type()) {
					case HEART -> String.join(",", Choices.HEARTS.keySet());
					case KIND -> String.join(",", Choices.KINDS.keySet());
					case SCHEME -> String.join(",", schemes);
					default -> null;
				};
				if (list != null && !list.isEmpty()) {
					sheet.range(HEADER_ROW + 1, c, last, c).validateWithListByFormula("\"" + list + "\"")
						.allowBlank(true)
						.errorTitle("请从列表中选择")
						.error("可选：" + list.replace(",", "、"));
				}
			}
			sheet.rowHeight(HEADER_ROW, 36);
			sheet.freezePane(0, HEADER_ROW + 1);
			for (int r = 0; r < rows.size(); r++) {
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof LocalDate date) {
						sheet.value(HEADER_ROW + 1 + r, c, date);
						sheet.style(HEADER_ROW + 1 + r, c).format(DATE_FORMAT).set();
					}
					else if (value instanceof Number number) {
						sheet.value(HEADER_ROW + 1 + r, c, number);
					}
					else if (value != null) {
						sheet.value(HEADER_ROW + 1 + r, c, value.toString());
					}
				}
			}
			instructions(workbook.newWorksheet("填写说明"), kind, schemes);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void instructions(Worksheet sheet, FormKind kind, List<String> schemes) {
		List<String> lines = new ArrayList<>();
		lines.add(kind.title() + " 填写说明");
		lines.addAll(FormLayout.COMMON_INSTRUCTIONS);
		lines.addAll((kind == FormKind.NOMINATIONS) ? FormLayout.NOMINATION_INSTRUCTIONS : FormLayout.ACTIVITY_INSTRUCTIONS);
		if (kind.columns().stream().anyMatch((column) -> column.type() == Column.Type.SCHEME)) {
			lines.add("「方案」可选：" + String.join("、", schemes) + "。");
		}
		lines.add("各列的说明：");
		kind.columns().stream()
			.filter((column) -> column.note() != null)
			.forEach((column) -> lines.add("「" + column.header() + "」：" + column.note()));
		sheet.width(0, 120);
		for (int r = 0; r < lines.size(); r++) {
			sheet.value(r, 0, lines.get(r));
			sheet.style(r, 0).wrapText(true).set();
		}
		sheet.style(0, 0).bold().fontSize(14).set();
	}

}
