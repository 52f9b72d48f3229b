package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ruleset lifecycle through the API, on a copy of {@code rules/}: partial drafts laid over the active version,
 * activation (of a draft, or of a checked draft by its hash) that rewrites the folder and serves the new content,
 * refusal of a failing draft with nothing changed, the history of activations, and reloads that record what they
 * put into service. Each test reads the state it starts from, so their order does not matter.
 */
abstract class RulesetLifecycleTests extends DatabaseTestSupport {

	@Value("${app.rules.dir}")
	Path rulesDir;

	@DynamicPropertySource
	static void copyOfRules(DynamicPropertyRegistry registry) {
		Path copy = RulesCopy.create();
		registry.add("app.rules.dir", copy::toString);
		// Short deadlines, and a firing limit out of reach, so that a looping draft is stopped by its deadline.
		registry.add("app.evaluation.max-firings", () -> "1000000000");
		registry.add("app.evaluation.deadline-per-subject", () -> "1s");
		registry.add("app.rules.check-deadline", () -> "8s");
	}

	@Test
	void aLoopingDraftIsRefusedByCheckAndActivationInTimeAndTheVersionInServiceStays() {
		String active = activeHash("hongqi365/2023");
		List<RulesetFile> before = RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023"));
		Map<String, Object> draft = files(file("loop.drl", LoopingRulesetTests.LOOP));

		ApiResponse checked = post("/api/rulesets/hongqi365/2023/check", draft);
		ApiResponse refused = post("/api/rulesets/hongqi365/2023/activate", draft);

		assertThat(checked.status()).as("%s", checked).isEqualTo(200);
		assertThat(checked.body().path("passed").asBoolean()).isFalse();
		assertThat(checked.body().path("errors")).anySatisfy((error) -> assertThat(error.path("message").asText())
			.contains("规则运行超过时限 1 秒", "HQ-SPIN"));
		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.body().path("code").asText()).isEqualTo("INVALID_DRAFT");
		assertThat(RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023"))).isEqualTo(before);
		assertThat(post("/api/rulesets/reload", Map.of()).status()).as("the next reload is not held up").isEqualTo(200);
		assertThat(activeHash("hongqi365/2023")).isEqualTo(active);
	}

	@Test
	void checksADraftOfOnlyItsManifestLaidOverTheActiveVersion() {
		String active = activeHash("hongqi365/2023");
		List<RulesetFile> onDisk = RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023"));
		String manifest = content(onDisk, "manifest.yaml").replace("（2023年度）", "（2023年度，修订）");

		ApiResponse checked = post("/api/rulesets/hongqi365/2023/check", files(file("manifest.yaml", manifest)));

		assertThat(checked.status()).as("%s", checked).isEqualTo(200);
		assertThat(checked.body().path("passed").asBoolean()).as("%s", checked).isTrue();
		assertThat(checked.body().path("basedOn").path("hash").asText()).isEqualTo(active);
		assertThat(checked.body().path("rules")).hasSize(ruleCount("hongqi365/2023"));
		List<RulesetFile> whole = onDisk.stream()
			.map((file) -> file.name().equals("manifest.yaml") ? new RulesetFile(file.name(), manifest) : file)
			.toList();
		assertThat(checked.body().path("hash").asText()).isEqualTo(RulesetCompiler.hash(whole));
	}

	@Test
	void checksAFirstDraftOfANewYearLaidOverTheSchemesLatestYear() {
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("zhuzhou-demo/2023")), "manifest.yaml")
			.replace("year: 2023", "year: 2031");

		ApiResponse checked = post("/api/rulesets/zhuzhou-demo/2031/check", files(file("manifest.yaml", manifest)));

		assertThat(checked.body().path("passed").asBoolean()).as("%s", checked).isTrue();
		assertThat(checked.body().path("basedOn").path("year").asInt()).isEqualTo(2023);
		assertThat(checked.body().path("basedOn").path("hash").asText()).isEqualTo(activeHash("zhuzhou-demo/2023"));
	}

	@Test
	void whatIfOfANewYearComparesWithTheSchemesLatestActiveYear() {
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("zhuzhou-demo/2023")), "manifest.yaml")
			.replace("year: 2023", "year: 2032");

		ApiResponse report = post("/api/what-if", Map.of("scheme", "zhuzhou-demo", "year", 2032, "asOf", "2032-06-30",
				"files", List.of(file("manifest.yaml", manifest))));

		assertThat(report.status()).as("%s", report).isEqualTo(200);
		assertThat(report.body().path("comparedWith").path("year").asInt()).isEqualTo(2023);
		assertThat(report.body().path("comparedWith").path("hash").asText())
			.isEqualTo(activeHash("zhuzhou-demo/2023"))
			.isEqualTo(report.body().path("activeHash").asText());
	}

	@Test
	void whatIfOfADraftThatRequiresAnotherRulesetRecordsTheActiveHashItUsed() {
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("credit-grade/2024")), "manifest.yaml");
		String changed = manifest.replace("  gradeA:\n    type: decimal\n    value: 95\n",
				"  gradeA:\n    type: decimal\n    value: 96\n");
		assertThat(changed).isNotEqualTo(manifest);

		ApiResponse report = post("/api/what-if", Map.of("scheme", "credit-grade", "year", 2024, "asOf", "2024-12-31",
				"files", List.of(file("manifest.yaml", changed))));

		assertThat(report.status()).as("%s", report).isEqualTo(200);
		assertThat(report.body().path("requiredRulesets")).singleElement().satisfies((required) -> {
			assertThat(required.path("scheme").asText()).isEqualTo("red-black-list");
			assertThat(required.path("hash").asText()).isEqualTo(activeHash("red-black-list/2024"));
			assertThat(required.path("periods")).hasSize(4);
		});
	}

	@Test
	void checkRefusesADraftThatRequiresARulesetNotInService() {
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("credit-grade/2024")), "manifest.yaml")
			.replace("year: 2024", "year: 2033");

		ApiResponse checked = post("/api/rulesets/credit-grade/2033/check", files(file("manifest.yaml", manifest)));

		assertThat(checked.status()).as("%s", checked).isEqualTo(200);
		assertThat(checked.body().path("passed").asBoolean()).isFalse();
		assertThat(checked.body().path("errors")).anySatisfy((error) -> {
			assertThat(error.path("file").asText()).isEqualTo("manifest.yaml");
			assertThat(error.path("message").asText()).contains("red-black-list/2033", "未启用");
		});
		ApiResponse activated = post("/api/rulesets/credit-grade/2033/activate", files(file("manifest.yaml", manifest)));
		assertThat(activated.status()).as("%s", activated).isEqualTo(422);
		assertThat(activated.body().path("code").asText()).isEqualTo("INVALID_DRAFT");
		assertThat(this.rulesDir.resolve("credit-grade/2033")).doesNotExist();
	}

	@Test
	void activationWritesTheFolderAndServesTheNewContent() throws IOException {
		String before = activeHash("hongqi365/2023");
		String status = content(RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023")), "status.drl");
		String changed = status.replace("\"已列入推荐汇总表\"", "\"已列入推荐汇总表（请街道核对）" + System.nanoTime() + "\"");
		assertThat(changed).isNotEqualTo(status);

		ApiResponse activated = post("/api/rulesets/hongqi365/2023/activate",
				Map.of("files", List.of(file("status.drl", changed)), "activatedBy", "张三"));

		assertThat(activated.status()).as("%s", activated).isEqualTo(200);
		String hash = activated.body().path("hash").asText();
		assertThat(hash).isNotEqualTo(before);
		assertThat(activated.body().path("previousHash").asText()).isEqualTo(before);
		assertThat(activated.body().path("activatedBy").asText()).as("the signed-in account, not the name the request gives").isEqualTo(TESTER);
		assertThat(activated.body().path("source").asText()).isEqualTo("API");
		assertThat(activated.body().path("basedOn").path("hash").asText()).isEqualTo(before);
		List<RulesetFile> onDisk = RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023"));
		assertThat(RulesetCompiler.hash(onDisk)).isEqualTo(hash);
		assertThat(content(onDisk, "status.drl")).isEqualTo(changed);
		assertThat(onDisk).extracting(RulesetFile::name).contains("tests/boundaries.json", "activities.drl");
		assertThat(entries(this.rulesDir.resolve("hongqi365"))).as("no staging folder is left")
			.noneMatch((name) -> name.startsWith("."));
		JsonNode summary = summary("hongqi365/2023");
		assertThat(summary.path("state").asText()).isEqualTo("ACTIVE");
		assertThat(summary.path("activeHash").asText()).isEqualTo(hash);
		JsonNode latest = get("/api/rulesets/hongqi365/2023/history").body().get(0);
		assertThat(latest.path("hash").asText()).isEqualTo(hash);
		assertThat(latest.path("source").asText()).isEqualTo("API");
	}

	@Test
	void activationOfAFirstDraftOfANewYearWritesTheWholeFolder() {
		String base = activeHash("hongqi365/2023");
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023")), "manifest.yaml")
			.replace("year: 2023", "year: 2043");

		ApiResponse activated = post("/api/rulesets/hongqi365/2043/activate", files(file("manifest.yaml", manifest)));

		assertThat(activated.status()).as("%s", activated).isEqualTo(200);
		assertThat(activated.body().path("previousHash").isNull()).isTrue();
		assertThat(activated.body().path("basedOn").path("year").asInt()).isEqualTo(2023);
		assertThat(activated.body().path("basedOn").path("hash").asText()).isEqualTo(base);
		List<RulesetFile> written = RulesetFolders.read(this.rulesDir.resolve("hongqi365/2043"));
		assertThat(written).extracting(RulesetFile::name)
			.isEqualTo(RulesetFolders.read(this.rulesDir.resolve("hongqi365/2023"))
				.stream()
				.map(RulesetFile::name)
				.toList());
		assertThat(content(written, "manifest.yaml")).isEqualTo(manifest);
		assertThat(summary("hongqi365/2043").path("activeHash").asText())
			.isEqualTo(activated.body().path("hash").asText());
	}

	@Test
	void activationOfAFailingDraftChangesNothingOnDiskOrInService() {
		Path folder = this.rulesDir.resolve("hongqi365/2023");
		List<RulesetFile> before = RulesetFolders.read(folder);
		String active = activeHash("hongqi365/2023");
		int activations = get("/api/rulesets/hongqi365/2023/history").body().size();
		String activities = content(before, "activities.drl");

		ApiResponse refused = post("/api/rulesets/hongqi365/2023/activate", files(file("activities.drl",
				activities.replace("params.integer(\"minRecords\"), \"有效", "params.integer(\"minRecords\") + 1, \"有效"))));

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body().path("code").asText()).isEqualTo("INVALID_DRAFT");
		assertThat(refused.body().path("errors")).isNotEmpty().allSatisfy((error) -> {
			// the folder's test cases at the boundary of minRecords: the boundaries, and the 补录 case built on them
			assertThat(error.path("file").asText()).isIn("tests/boundaries.json", "tests/late-records.json");
			assertThat(error.has("line")).isTrue();
			assertThat(error.has("column")).isTrue();
			assertThat(error.path("message").asText()).contains("测试用例不符");
		});
		assertThat(RulesetFolders.read(folder)).isEqualTo(before);
		assertThat(entries(this.rulesDir.resolve("hongqi365"))).noneMatch((name) -> name.startsWith("."));
		assertThat(activeHash("hongqi365/2023")).isEqualTo(active);
		assertThat(get("/api/rulesets/hongqi365/2023/history").body()).hasSize(activations);
	}

	@Test
	void activatesACheckedDraftByItsHash() {
		String before = activeHash("gold-red-property/2019");
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("gold-red-property/2019")),
				"manifest.yaml") + "\n# 按哈希启用 " + System.nanoTime() + "\n";
		ApiResponse checked = post("/api/rulesets/gold-red-property/2019/check", files(file("manifest.yaml", manifest)));
		assertThat(checked.body().path("passed").asBoolean()).as("%s", checked).isTrue();
		String hash = checked.body().path("hash").asText();

		ApiResponse activated = post("/api/rulesets/gold-red-property/2019/activate", Map.of("hash", hash));

		assertThat(activated.status()).as("%s", activated).isEqualTo(200);
		assertThat(activated.body().path("hash").asText()).isEqualTo(hash);
		assertThat(activated.body().path("previousHash").asText()).isEqualTo(before);
		assertThat(activated.body().path("activatedBy").asText()).isEqualTo(TESTER);
		assertThat(activated.body().path("basedOn").path("hash").asText()).isEqualTo(before);
		assertThat(activeHash("gold-red-property/2019")).isEqualTo(hash);
		assertThat(RulesetCompiler.hash(RulesetFolders.read(this.rulesDir.resolve("gold-red-property/2019"))))
			.isEqualTo(hash);
		ApiResponse again = post("/api/rulesets/gold-red-property/2019/activate", Map.of("hash", hash));
		assertThat(again.status()).as("%s", again).isEqualTo(409);
		assertThat(again.body().path("code").asText()).isEqualTo("ALREADY_ACTIVE");
	}

	@Test
	void refusesAnUnknownHash() {
		ApiResponse refused = post("/api/rulesets/hongqi365/2023/activate", Map.of("hash", "0".repeat(64)));

		assertThat(refused.status()).as("%s", refused).isEqualTo(404);
		assertThat(refused.body().path("code").asText()).isEqualTo("DRAFT_NOT_FOUND");
	}

	@Test
	void historyListsReloadsAndActivationsNewestFirst() throws IOException {
		String started = activeHash("gold-red-property/2019");
		Path score = this.rulesDir.resolve("gold-red-property/2019/score.drl");
		Files.writeString(score, Files.readString(score) + "\n// 重新加载 " + System.nanoTime() + "\n");
		ApiResponse reload = post("/api/rulesets/reload", null);
		assertThat(reload.status()).isEqualTo(200);
		String reloaded = activeHash("gold-red-property/2019");
		assertThat(reloaded).isNotEqualTo(started);
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("gold-red-property/2019")),
				"manifest.yaml") + "\n# 历史 " + System.nanoTime() + "\n";
		ApiResponse activated = post("/api/rulesets/gold-red-property/2019/activate",
				Map.of("files", List.of(file("manifest.yaml", manifest)), "activatedBy", "李四"));
		assertThat(activated.status()).as("%s", activated).isEqualTo(200);

		JsonNode history = get("/api/rulesets/gold-red-property/2019/history").body();

		assertThat(history.size()).isGreaterThanOrEqualTo(3);
		assertThat(history.get(0).path("source").asText()).isEqualTo("API");
		assertThat(history.get(0).path("activatedBy").asText()).isEqualTo(TESTER);
		assertThat(history.get(0).path("hash").asText()).isEqualTo(activated.body().path("hash").asText());
		assertThat(history.get(0).path("previousHash").asText()).isEqualTo(reloaded);
		assertThat(history.get(1).path("source").asText()).isEqualTo("RELOAD");
		assertThat(history.get(1).path("activatedBy").asText()).isEqualTo(TESTER);
		assertThat(history.get(1).path("hash").asText()).isEqualTo(reloaded);
		assertThat(history.get(1).path("previousHash").asText()).isEqualTo(started);
		JsonNode first = history.get(history.size() - 1);
		assertThat(first.path("source").asText()).as("put into service at start-up").isEqualTo("RELOAD");
		assertThat(first.path("activatedBy").asText()).isEqualTo("系统");
		assertThat(first.path("previousHash").isNull()).isTrue();
		assertThat(first.path("activatedAt").asText()).isNotBlank();
	}

	@Test
	void reloadOfAnUnchangedDirectoryRecordsNothing() {
		int activations = get("/api/rulesets/zhuzhou-demo/2023/history").body().size();

		post("/api/rulesets/reload", null);

		assertThat(get("/api/rulesets/zhuzhou-demo/2023/history").body()).hasSize(activations);
	}

	@Test
	void reloadLeavesAFolderFailingItsOwnTestsAndADraftFolderOutOfService() throws IOException {
		Path failing = copyFolder("hongqi365/2023", "hongqi365/2041");
		edit(failing.resolve("activities.drl"), "params.integer(\"minRecords\"), \"有效", "params.integer(\"minRecords\") + 1, \"有效");
		Path draft = copyFolder("hongqi365/2023", "hongqi365/2042");
		edit(draft.resolve("manifest.yaml"), "subjectTypes:", "draft: true\nsubjectTypes:");

		post("/api/rulesets/reload", null);

		JsonNode broken = summary("hongqi365/2041");
		assertThat(broken.path("state").asText()).isEqualTo("BROKEN");
		assertThat(broken.path("activeHash").isNull()).isTrue();
		assertThat(summary("hongqi365/2042").path("state").asText()).isEqualTo("DRAFT");
		assertThat(summary("hongqi365/2042").path("activeHash").isNull()).isTrue();
		assertThat(get("/api/rulesets/hongqi365/2041/history").body()).isEmpty();
		assertThat(get("/api/rulesets/hongqi365/2042/history").body()).isEmpty();
		ApiResponse evaluation = post("/api/evaluations",
				Map.of("scheme", "hongqi365", "year", 2042, "subjectId", "D-ZC", "asOf", "2042-11-30"));
		assertThat(evaluation.body().path("code").asText()).isEqualTo("RULESET_NOT_FOUND");
	}

	@Test
	void refusesToActivateADraftManifest() {
		String manifest = content(RulesetFolders.read(this.rulesDir.resolve("zhuzhou-demo/2023")), "manifest.yaml")
			.replace("subjectTypes:", "draft: true\nsubjectTypes:");

		ApiResponse refused = post("/api/rulesets/zhuzhou-demo/2023/activate", files(file("manifest.yaml", manifest)));

		assertThat(refused.status()).as("%s", refused).isEqualTo(422);
		assertThat(refused.body().path("code").asText()).isEqualTo("DRAFT_MANIFEST");
	}

	private String activeHash(String location) {
		return summary(location).path("activeHash").asText();
	}

	private int ruleCount(String location) {
		return summary(location).path("ruleCount").asInt();
	}

	private JsonNode summary(String location) {
		for (JsonNode summary : get("/api/rulesets").body()) {
			if (summary.path("location").asText().equals(location)) {
				return summary;
			}
		}
		throw new AssertionError("no ruleset folder " + location);
	}

	private Path copyFolder(String from, String to) throws IOException {
		Path target = this.rulesDir.resolve(to);
		RulesetFoldersTests.copy(this.rulesDir.resolve(from), target);
		String year = to.substring(to.indexOf('/') + 1);
		edit(target.resolve("manifest.yaml"), "year: 2023", "year: " + year);
		return target;
	}

	private static void edit(Path file, String from, String to) throws IOException {
		String content = Files.readString(file);
		assertThat(content).contains(from);
		Files.writeString(file, content.replace(from, to));
	}

	private static List<String> entries(Path dir) {
		try (Stream<Path> paths = Files.list(dir)) {
			return paths.map((path) -> path.getFileName().toString()).toList();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String content(List<RulesetFile> files, String name) {
		return files.stream().filter((file) -> file.name().equals(name)).findFirst().orElseThrow().content();
	}

	private static Map<String, Object> files(Map<String, Object> file) {
		return Map.of("files", List.of(file));
	}

	private static Map<String, Object> file(String name, String content) {
		return Map.of("name", name, "content", content);
	}

}
