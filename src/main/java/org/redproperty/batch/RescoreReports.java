package org.redproperty.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/** A job's results as a spreadsheet for district staff: one row per subject, Chinese headers. */
@Component
class RescoreReports {

	private static final List<String> HEADERS = List.of("区", "对象类型", "对象编号", "评价结果", "总分", "排名", "上次结果",
			"是否变化", "评价记录编号", "错误代码", "错误说明");

	private final RescoreResults results;

	RescoreReports(RescoreResults results) {
		this.results = results;
	}

	/** UTF-8 with a byte order mark, so that Excel opens the Chinese text correctly. */
	void csv(RescoreJob job, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(headers(job).toArray(String[]::new)).get().print(writer);
		this.results.forEach(job.id(), ResultFilter.ALL, (result) -> {
			try {
				printer.printRecord(row(job, result).stream()
					.map((value) -> (value instanceof BigDecimal number) ? number.toPlainString() : value)
					.toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	void xlsx(RescoreJob job, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "红色物业评价服务", "1.0");
		Worksheet sheet = workbook.newWorksheet("评价结果");
		List<String> headers = headers(job);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
		int[] row = { 1 };
		this.results.forEach(job.id(), ResultFilter.ALL, (result) -> {
			List<Object> values = row(job, result);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Number number) {
					sheet.value(row[0], c, number);
				}
				else if (value != null) {
					sheet.value(row[0], c, value.toString());
				}
			}
			row[0]++;
		});
		workbook.finish();
	}

	/** The headers; a job of a period has a column 评价期间 after the district. */
	private static List<String> headers(RescoreJob job) {
		List<String> headers = new ArrayList<>(HEADERS);
		if (job.period() != null) {
			headers.add(1, "评价期间");
		}
		return headers;
	}

	private static List<Object> row(RescoreJob job, RescoreResult result) {
		List<Object> values = new ArrayList<>();
		values.add(result.districtId());
		if (job.period() != null) {
			values.add(job.period());
		}
		values.add(result.subjectType().label());
		values.add(result.subjectId());
		values.add(result.status());
		values.add(result.totalPoints());
		values.add(result.rank());
		values.add(result.previousStatus());
		values.add(result.changed() ? "是" : "否");
		values.add(result.evaluationId());
		values.add((result.error() != null) ? result.error().code() : null);
		values.add((result.error() != null) ? result.error().message() : null);
		return values;
	}

}
