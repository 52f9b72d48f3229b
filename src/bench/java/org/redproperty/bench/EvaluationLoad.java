package org.redproperty.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A closed-loop load of single evaluations ({@code POST /api/evaluations}) on a running service: a fixed number of
 * clients, each sending its next request as soon as the last is answered, for the demo projects of a dataset in turn.
 * A warm-up (not counted) comes first; in the middle of the measured time one more client reloads the rules
 * ({@code POST /api/rulesets/reload}), and every answer other than 201 during the whole run is an error. Prints the
 * throughput and the latency percentiles of the measured requests, each exact (every latency kept and sorted).
 * For {@code bench/load.sh}, which starts the service; run by hand:
 *
 * <pre>
 * java -cp target/bench/classes:$(cat target/bench/benchmarks.classpath) org.redproperty.bench.EvaluationLoad \
 *     http://localhost:8080 user:password policy-user:password fixtures/demo-zichuan.json 20 10 30
 * </pre>
 */
public final class EvaluationLoad {

	private static final ObjectMapper JSON = new ObjectMapper();

	private EvaluationLoad() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		String evaluator = basic(args[1]);
		String reloader = basic(args[2]);
		List<String> projects = projects(Path.of(args[3]));
		int clients = Integer.parseInt(args[4]);
		Duration warmUp = Duration.ofSeconds(Long.parseLong(args[5]));
		Duration measured = Duration.ofSeconds(Long.parseLong(args[6]));

		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long start = System.nanoTime();
		long measureFrom = start + warmUp.toNanos();
		long end = measureFrom + measured.toNanos();
		long reloadAt = measureFrom + measured.toNanos() / 2;

		List<long[]> latencies = new ArrayList<>();
		LongAdder warmUpRequests = new LongAdder();
		Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(clients);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			long[] own = new long[1 << 20];
			latencies.add(own);
			int slot = c;
			Thread thread = new Thread(() -> {
				int count = 0;
				try {
					while (true) {
						long sent = System.nanoTime();
						if (sent >= end) {
							break;
						}
						String project = projects.get(Math.floorMod(next.getAndIncrement(), projects.size()));
						String outcome = evaluate(http, base, evaluator, project);
						long answered = System.nanoTime();
						if (outcome != null) {
							errors.computeIfAbsent(outcome, (key) -> new AtomicInteger()).incrementAndGet();
						}
						if (sent >= measureFrom && answered <= end) {
							own[++count] = answered - sent;
						}
						else {
							warmUpRequests.increment();
						}
					}
				}
				finally {
					own[0] = count;
					done.countDown();
				}
			}, "client-" + slot);
			threads.add(thread);
			thread.start();
		}

		while (System.nanoTime() < reloadAt) {
			Thread.sleep(10);
		}
		long reloadStart = System.nanoTime();
		HttpResponse<String> reload = http.send(HttpRequest.newBuilder(base.resolve("/api/rulesets/reload"))
			.header("Authorization", reloader)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		long reloadTook = System.nanoTime() - reloadStart;
		done.await();

		int total = 0;
		for (long[] own : latencies) {
			total += (int) own[0];
		}
		long[] all = new long[total];
		int at = 0;
		for (long[] own : latencies) {
			System.arraycopy(own, 1, all, at, (int) own[0]);
			at += (int) own[0];
		}
		Arrays.sort(all);
		int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
		System.out.printf("客户端 %d 个，预热 %d s（%d 个请求，不计），计时 %d s，%d 个演示项目轮流评价%n", clients,
				warmUp.toSeconds(), warmUpRequests.sum(), measured.toSeconds(), projects.size());
		System.out.printf("计时内完成 %d 个评价：每秒 %.1f 个%n", total, total / (double) measured.toSeconds());
		System.out.printf("延迟 p50 %.1f ms，p90 %.1f ms，p99 %.1f ms，最长 %.1f ms%n", millis(all, 0.50),
				millis(all, 0.90), millis(all, 0.99), (all.length > 0) ? all[all.length - 1] / 1e6 : 0.0);
		System.out.printf("计时中途重新加载规则：答复 %d，用时 %.0f ms%n", reload.statusCode(), reloadTook / 1e6);
		System.out.printf("错误（非 201 的答复或连接失败，整个运行期间）：%d %s%n", errorCount, new TreeMap<>(errors));
		if (errorCount > 0 || reload.statusCode() != 200) {
			System.exit(1);
		}
	}

	/** Null when the evaluation was stored (201), else what went wrong. */
	private static String evaluate(HttpClient http, URI base, String authorization, String project) {
		String body = "{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + project + "\",\"asOf\":\"2023-11-30\"}";
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve("/api/evaluations"))
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding());
			return (response.statusCode() == 201) ? null : "HTTP " + response.statusCode();
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static double millis(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static List<String> projects(Path dataset) throws IOException {
		JsonNode root = JSON.readTree(Files.readString(dataset));
		List<String> ids = new ArrayList<>();
		root.path("projects").forEach((project) -> ids.add(project.path("id").asText()));
		if (ids.isEmpty()) {
			throw new IllegalArgumentException(dataset + " has no projects");
		}
		return ids;
	}

	private static String basic(String userAndPassword) {
		return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
	}

}
