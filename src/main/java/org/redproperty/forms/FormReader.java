package org.redproperty.forms;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.redproperty.common.ServiceException.Kind;

/**
 * Reads an uploaded form: finds the sheet and its header row (within the first rows, under any title rows), and
 * answers the rows below it that hold anything, each cell by its column's header. A file that is not an xlsx, or
 * that is the other form, is refused whole.
 */
final class FormReader {

	/** How far down a sheet the header row may stand (under the title rows). */
	private static final int HEADER_SEARCH = 10;

	private FormReader() {
	}

	static List<SheetRow> read(FormKind kind, InputStream input) {
		BufferedInputStream in = new BufferedInputStream(input);
		byte[] head = peek(in);
		if (ReadableWorkbook.isOLE2Header(head)) {
			throw badRequest("NOT_A_SPREADSHEET", "这是旧版 Excel（.xls）或其他 Office 文件：请在 Excel 中另存为 .xlsx 后再上传");
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
			throw badRequest("NOT_A_SPREADSHEET", "上传的文件不是 Excel 工作簿（.xlsx）；请上传从本服务下载的" + kind.fileName() + "填好的文件");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
			List<Sheet> sheets = workbook.getSheets()
				.sorted(Comparator.comparing((Sheet sheet) -> !kind.sheetName().equals(sheet.getName())))
				.toList();
			Map<FormKind, Integer> seen = new HashMap<>();
			for (Sheet sheet : sheets) {
				List<Row> rows = sheet.read();
				for (int index = 0; index < Math.min(HEADER_SEARCH, rows.size()); index++) {
					Map<String, Integer> headers = headers(rows.get(index));
					if (missing(kind, headers).isEmpty()) {
						return rows(kind, headers, rows.subList(index + 1, rows.size()));
					}
					for (FormKind other : FormKind.values()) {
						seen.merge(other, other.columns().size() - missing(other, headers).size(), Math::max);
					}
				}
			}
			throw wrongForm(kind, seen);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FormsException refused) {
				throw refused;
			}
			throw new FormsException(Kind.BAD_REQUEST, "NOT_A_SPREADSHEET",
					"无法读取上传的 Excel 工作簿（文件可能已损坏或不是 .xlsx）", ex);
		}
	}

	private static FormsException wrongForm(FormKind kind, Map<FormKind, Integer> seen) {
		for (FormKind other : FormKind.values()) {
			if (other != kind && seen.getOrDefault(other, 0) >= other.columns().size()) {
				return badRequest("WRONG_FORM", "上传的是" + other.title() + "，不是" + kind.title() + "；请上传到" + other.title() + "的导入处");
			}
		}
		return badRequest("WRONG_FORM", "在文件中找不到" + kind.title() + "的表头行；表头须有这些列：" + kind.columns()
			.stream()
			.map(Column::header)
			.toList() + "（请用本服务下载的模板，不要改动表头）");
	}

	private static List<String> missing(FormKind kind, Map<String, Integer> headers) {
		return kind.columns()
			.stream()
			.map(Column::header)
			.filter((header) -> !headers.containsKey(Column.normalized(header)))
			.toList();
	}

	private static Map<String, Integer> headers(Row row) {
		Map<String, Integer> headers = new HashMap<>();
		for (Cell cell : row) {
			if (cell != null && cell.getText() != null && !cell.getText().isBlank()) {
				headers.putIfAbsent(Column.normalized(cell.getText()), cell.getColumnIndex());
			}
		}
		return headers;
	}

	private static List<SheetRow> rows(FormKind kind, Map<String, Integer> headers, List<Row> rows) {
		List<SheetRow> read = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Cell> cells = new LinkedHashMap<>();
			for (Column column : kind.columns()) {
				Integer index = headers.get(Column.normalized(column.header()));
				row.getOptionalCell(index)
					.filter((cell) -> cell.getText() != null && !cell.getText().isBlank())
					.ifPresent((cell) -> cells.put(column.header(), cell));
			}
			boolean serialOnly = cells.keySet().stream().allMatch((header) -> kind.columns().stream()
				.anyMatch((column) -> column.header().equals(header) && column.type() == Column.Type.SERIAL));
			if (!serialOnly) {
				read.add(new SheetRow(row.getRowNum(), cells));
			}
		}
		return read;
	}

	private static byte[] peek(BufferedInputStream in) {
		try {
			in.mark(8);
			byte[] head = in.readNBytes(8);
			in.reset();
			return (head.length == 8) ? head : new byte[8];
		}
		catch (IOException ex) {
			throw new FormsException(Kind.BAD_REQUEST, "NOT_A_SPREADSHEET", "无法读取上传的文件", ex);
		}
	}

	private static FormsException badRequest(String code, String message) {
		return new FormsException(Kind.BAD_REQUEST, code, message);
	}

}
