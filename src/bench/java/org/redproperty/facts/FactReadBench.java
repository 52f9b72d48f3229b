package org.redproperty.facts;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.RedPropertyApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times reading every district's facts ({@link FactStore#scope}) as they are now (the current tables, what jobs and
 * evaluations read) and as known at the revision before the latest (current rows recorded by then, together with
 * the closed versions from the history tables). For {@code bench/rescore.sh} with {@code READS=1}, on a generated
 * province: it first records a revision that renames one district, so that there is a past revision to read;
 * run it on a benchmark database only.
 *
 * <pre>
 * java -cp target/bench/classes:$(cat target/bench/benchmarks.classpath) org.redproperty.facts.FactReadBench \
 *     --spring.profiles.active=mysql
 * </pre>
 */
public final class FactReadBench {

	private static final int ROUNDS = 3;

	private FactReadBench() {
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(RedPropertyApplication.class)
			.web(WebApplicationType.NONE)
			.properties("app.rescore.resume-on-start=false", "spring.main.banner-mode=off")
			.run(args);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		FactStore facts = context.getBean(FactStore.class);
		List<District> districts = facts.all(District.class);
		long before = facts.latestRevision();
		District first = districts.get(0);
		ObjectMapper json = context.getBean(ObjectMapper.class);
		context.getBean(DatasetService.class)
			.importDataset(json.readTree("{\"districts\": [{\"id\": \"" + first.id() + "\", \"name\": \"" + first.name()
					+ "（基准改名 " + (before + 1) + "）\"}]}"), "bench");
		for (int round = 1; round <= ROUNDS; round++) {
			long now = time(districts, (d) -> facts.scope(SubjectType.DISTRICT, d.id()).size());
			long past = time(districts, (d) -> facts.scope(SubjectType.DISTRICT, d.id(), before).size());
			out.printf("第 %d 轮：%d 个区，读当前事实 %d 毫秒，读修订版本 %d 的事实 %d 毫秒（%.2f 倍）%n", round,
					districts.size(), now, before, past, (double) past / Math.max(1, now));
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	private static long time(List<District> districts, ToIntFunction<District> read) {
		long started = System.nanoTime();
		long rows = 0;
		for (District district : districts) {
			rows += read.applyAsInt(district);
		}
		if (rows == 0) {
			throw new IllegalStateException("没有读到事实");
		}
		return (System.nanoTime() - started) / 1_000_000;
	}

}
