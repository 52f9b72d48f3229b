package org.redproperty.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Filled forms as an office would send them, written with FastExcel: a title row, the header row (row 3, as in the
 * template) and the rows, each value as given (text, a number, or a {@link LocalDate} as an Excel date); and
 * spreadsheets read back as text.
 */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	public static byte[] filled(String sheetName, List<String> headers, List<List<Object>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			sheet.value(0, 0, "某某表");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(2, c, headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof LocalDate date) {
						sheet.value(3 + r, c, date);
						sheet.style(3 + r, c).format("yyyy-mm-dd").set();
					}
					else if (value instanceof Number number) {
						sheet.value(3 + r, c, number);
					}
					else if (value != null) {
						sheet.value(3 + r, c, value.toString());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static List<String> sheetNames(byte[] xlsx) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getSheets().map((sheet) -> sheet.getName()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every row of the first sheet as the text of its cells, blank cells as empty strings. */
	public static List<List<String>> read(byte[] xlsx) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getOptionalCell(c).map((cell) -> cell.getText()).orElse(""));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
