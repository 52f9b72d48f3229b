package org.redproperty.generator;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.redproperty.cli.CliCommand;
import org.redproperty.cli.Options;
import org.redproperty.facts.FactKind;

import org.springframework.stereotype.Component;

/**
 * {@code generate --projects N [--seed S] [--replace]}: writes a generated province into the configured database,
 * the same facts for the same seed. Ids start with the generator's prefix, so they never collide with imported
 * data and {@code --replace} can remove an earlier generated province first.
 */
@Component
class GenerateCommand implements CliCommand {

	private final BulkFactWriter writer;

	private final GeneratorSettings settings = GeneratorSettings.defaults();

	GenerateCommand(BulkFactWriter writer) {
		this.writer = writer;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "--projects N [--seed S] [--replace]  生成一个省的模拟数据（编号以 " + this.settings.idPrefix()
				+ " 开头）写入当前数据库；同一种子生成相同的数据；--replace 先删除以前生成的数据";
	}

	@Override
	public int run(List<String> args) {
		return run(args, System.out);
	}

	/** Runs the command, printing progress and the summary to {@code out}. */
	int run(List<String> args, PrintStream out) {
		Request options = Request.parse(args);
		long started = System.nanoTime();
		if (options.replace()) {
			Map<FactKind, Integer> deleted = this.writer.deleteAll(this.settings.idPrefix());
			out.println("已删除以前生成的数据：" + deleted.values().stream().mapToInt(Integer::intValue).sum() + " 行");
		}
		ProvinceGenerator generator = new ProvinceGenerator(this.settings);
		int districts = generator.districts(options.projects());
		Map<FactKind, Integer> written = new EnumMap<>(FactKind.class);
		int[] done = { 0 };
		generator.generate(options.projects(), options.seed(), (district) -> {
			this.writer.write(district).forEach((kind, n) -> written.merge(kind, n, Integer::sum));
			done[0]++;
			if (done[0] == districts || done[0] % Math.max(1, districts / 20) == 0) {
				out.printf("已写入 %d/%d 个区，%d 行，%.1f 秒%n", done[0], districts, total(written),
						seconds(started));
			}
		});
		out.printf("生成完成：%d 个项目，种子 %d，共 %d 行，用时 %.1f 秒%n", options.projects(), options.seed(),
				total(written), seconds(started));
		written.forEach((kind, n) -> out.printf("  %-17s %,d%n", kind.key(), n));
		return 0;
	}

	private static int total(Map<FactKind, Integer> written) {
		return written.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	/** What the command was asked for. */
	record Request(int projects, long seed, boolean replace) {

		static Request parse(List<String> args) {
			Options options = Options.parse(args, Set.of("--projects", "--seed"), Set.of("--replace"));
			options.required("--projects");
			return new Request(options.as("--projects", Integer::valueOf, null), options.as("--seed", Long::valueOf, 1L),
					options.flag("--replace"));
		}

	}

}
