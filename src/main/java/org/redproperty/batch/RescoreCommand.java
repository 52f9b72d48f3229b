package org.redproperty.batch;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.redproperty.cli.CliCommand;
import org.redproperty.cli.Options;

import org.springframework.stereotype.Component;

/**
 * {@code rescore --scheme hongqi365 --year 2023 --as-of 2023-11-30 [--district D] [--out report.xlsx]}: the same
 * job as {@code POST /api/rescore-jobs}, run in the foreground with a progress bar, then a summary of the changes
 * since the previous job of the scope. Exits 1 when the job fails, 3 when some subjects failed.
 */
@Component
class RescoreCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("--scheme", "--year", "--as-of", "--district", "--period", "--out");

	private static final int SHOWN_CHANGES = 30;

	private final RescoreService service;

	private final RescoreResults results;

	private final RescoreChanges changes;

	private final RescoreReports reports;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	RescoreCommand(RescoreService service, RescoreResults results, RescoreChanges changes, RescoreReports reports) {
		this.service = service;
		this.results = results;
		this.changes = changes;
		this.reports = reports;
	}

	@Override
	public String name() {
		return "rescore";
	}

	@Override
	public String usage() {
		return "--scheme <方案> --year <年度> --as-of <yyyy-MM-dd> [--district <区编号>] [--period <Q1…Q4|YEAR>] [--out <报表.xlsx|报表.csv>]"
				+ "  重新评价范围内的全部对象，并列出与上次相比的变化";
	}

	@Override
	public int run(List<String> args) throws Exception {
		Options options = Options.parse(args, OPTIONS, Set.of());
		options.required("--year");
		options.required("--as-of");
		RescoreRequest request = new RescoreRequest(options.required("--scheme"),
				options.as("--year", Integer::valueOf, null), options.as("--as-of", LocalDate::parse, null),
				options.get("--district"), options.get("--period"));
		long started = System.nanoTime();
		RescoreJob job;
		try {
			job = this.service.start(request, this::progress, false);
		}
		catch (RescoreException ex) {
			this.out.println();
			System.err.println(ex.getMessage());
			return 1;
		}
		this.out.println();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		this.out.printf("任务 %s：%s，共 %d 个对象，完成 %d，失败 %d，用时 %.1f 秒%n", job.id(), job.state(), job.total(),
				job.done(), job.failed(), took.toMillis() / 1000.0);
		this.out.printf("每秒 %.0f 个对象%n", (job.done() + job.failed()) / Math.max(0.001, took.toMillis() / 1000.0));
		if (job.error() != null) {
			this.out.println("错误：" + job.error());
		}
		summary(job);
		if (options.get("--out") != null && job.state() == JobState.SUCCEEDED) {
			Path path = Path.of(options.get("--out"));
			try (OutputStream file = Files.newOutputStream(path)) {
				if (path.getFileName().toString().toLowerCase().endsWith(".csv")) {
					this.reports.csv(job, file);
				}
				else {
					this.reports.xlsx(job, file);
				}
			}
			this.out.println("报表已写入 " + path.toAbsolutePath());
		}
		if (job.state() != JobState.SUCCEEDED) {
			return 1;
		}
		return (job.failed() > 0) ? 3 : 0;
	}

	private void summary(RescoreJob job) {
		if (job.previousJobId() == null) {
			this.out.println("同一范围此前没有成功的任务，无从比较变化。");
			return;
		}
		long count = this.results.count(job.id(), new ResultFilter(null, true));
		this.out.printf("与上次任务 %s 相比，%d 个对象的结果有变化%s%n", job.previousJobId(), count,
				(count == 0) ? "。" : "：");
		List<RescoreChange> shown = this.changes.of(job, SHOWN_CHANGES);
		shown.forEach((c) -> this.out.printf("  %s %s：%s%n", c.subjectType().label(), c.subjectId(), c.reason()));
		if (count > shown.size()) {
			this.out.printf("  ……另有 %d 个，见报表或 GET /api/rescore-jobs/%s/changes%n", count - shown.size(), job.id());
		}
	}

	private void progress(String jobId, String district, int done, int total) {
		int width = 40;
		int filled = (total > 0) ? (int) ((long) done * width / total) : width;
		this.out.printf("\r[%s%s] %d/%d  %s", "#".repeat(filled), " ".repeat(width - filled), done, total, district);
	}

}
