package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redproperty.support.TestRules;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class RulesetsTests {

	@TempDir
	Path rules;

	private final RulesetSnapshots snapshots = mock(RulesetSnapshots.class);

	private Path folder;

	private Rulesets rulesets;

	@BeforeEach
	void startWithTheRepositoryRuleset() throws IOException {
		this.folder = this.rules.resolve("hongqi365/2023");
		RulesetFoldersTests.copy(Path.of("rules/hongqi365/2023"), this.folder);
		this.rulesets = new Rulesets(new RulesProperties(this.rules), new org.redproperty.evaluation.FolderTests(new org.redproperty.evaluation.Evaluator(200_000, 5000)), org.redproperty.evaluation.EvaluationRuleApi.INSTANCE, this.snapshots,
				mock(RulesetActivations.class), mock(CheckedDrafts.class));
	}

	@Test
	void keepsThePreviousVersionServingWhenTheFolderBreaks() throws IOException {
		Ruleset before = this.rulesets.find("hongqi365", 2023).orElseThrow();
		edit("status.drl", "insert(outcome.status($pid, \"FIVE_STAR\"", "insert(outcome.status($pid, FIVE_STAR");

		List<RulesetStatus> statuses = this.rulesets.reload();

		assertThat(statuses).singleElement().satisfies((status) -> {
			assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
			assertThat(status.activeHash()).isEqualTo(before.hash());
			assertThat(status.hash()).isNotEqualTo(before.hash());
			assertThat(status.errors()).isNotEmpty();
		});
		assertThat(this.rulesets.find("hongqi365", 2023)).containsSame(before);
	}

	@Test
	void swapsInAGoodChangeAndKeepsItsSnapshot() throws IOException {
		Ruleset before = this.rulesets.find("hongqi365", 2023).orElseThrow();
		edit("status.drl", "\"已列入推荐汇总表\"", "\"已列入街道推荐汇总表\"");

		this.rulesets.reload();

		Ruleset after = this.rulesets.find("hongqi365", 2023).orElseThrow();
		assertThat(after.hash()).isNotEqualTo(before.hash());
		assertThat(this.rulesets.statuses()).singleElement()
			.satisfies((status) -> assertThat(status.state()).isEqualTo(RulesetStatus.ACTIVE));
		verify(this.snapshots).keep(before);
		verify(this.snapshots).keep(after);
	}

	@Test
	void doesNotRecompileAnUnchangedFolder() {
		Ruleset before = this.rulesets.find("hongqi365", 2023).orElseThrow();

		this.rulesets.reload();

		assertThat(this.rulesets.find("hongqi365", 2023)).containsSame(before);
		verify(this.snapshots, times(2)).keep(any());
	}

	@Test
	void leavesADraftOutOfService() throws IOException {
		edit("manifest.yaml", "subjectTypes:", "draft: true\nsubjectTypes:");

		this.rulesets.reload();

		assertThat(this.rulesets.find("hongqi365", 2023)).isEmpty();
		assertThat(this.rulesets.statuses()).singleElement()
			.satisfies((status) -> assertThat(status.state()).isEqualTo(RulesetStatus.DRAFT));
	}

	@Test
	void evaluationsGoOnAnsweringWhileBrokenReloadsHappen() throws Exception {
		Dataset facts = new Dataset(List.of(new District("D1", "试验区")), null, null, null, null, null, null, null,
				null, null, null, null, null);
		Subject subject = new Subject("hongqi365", 2023, SubjectType.DISTRICT, "D1", LocalDate.of(2023, 11, 30));
		AtomicBoolean reloading = new AtomicBoolean(true);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		Future<Integer> evaluations = executor.submit(() -> {
			int answered = 0;
			while (reloading.get() || answered == 0) {
				Ruleset ruleset = this.rulesets.find("hongqi365", 2023).orElseThrow();
				assertThat(TestRules.EVALUATOR.evaluateOne(ruleset, subject, facts).status().value()).isEqualTo("TARGETS_MISSED");
				answered++;
			}
			return answered;
		});
		try {
			String good = "    boolean ok = !$withParty.isEmpty();";
			for (String broken : List.of("    boolean ok = !$withParty.isEmpty(;",
					"    System.exit(1); boolean ok = !$withParty.isEmpty();",
					"    boolean ok = !$withParty.isEmpty() && $withParty.unknownMethod();")) {
				edit("organisation.drl", good, broken);
				assertThat(this.rulesets.reload()).singleElement()
					.satisfies((status) -> assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN));
				edit("organisation.drl", broken, good);
			}
		}
		finally {
			reloading.set(false);
		}
		assertThat(evaluations.get(60, TimeUnit.SECONDS)).isPositive();
		executor.shutdown();
	}

	@Test
	void startsARulesetWhoseRequirementIsMissingBrokenAndServesItOnceTheRequirementServes() throws IOException {
		RulesetFoldersTests.copy(Path.of("rules/credit-grade/2024"), this.rules.resolve("credit-grade/2024"));

		this.rulesets.reload();

		assertThat(this.rulesets.status("credit-grade", 2024)).hasValueSatisfying((status) -> {
			assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
			assertThat(status.errors()).singleElement()
				.satisfies((error) -> assertThat(error.message()).contains("red-black-list/2024", "未启用"));
		});
		assertThat(this.rulesets.find("credit-grade", 2024)).isEmpty();

		RulesetFoldersTests.copy(Path.of("rules/red-black-list/2024"), this.rules.resolve("red-black-list/2024"));
		this.rulesets.reload();

		assertThat(this.rulesets.status("credit-grade", 2024))
			.hasValueSatisfying((status) -> assertThat(status.state()).isEqualTo(RulesetStatus.ACTIVE));
		assertThat(this.rulesets.find("credit-grade", 2024)).isPresent();
	}

	@Test
	void refusesRulesetsThatRequireEachOther() throws IOException {
		RulesetFoldersTests.copy(Path.of("rules/credit-grade/2024"), this.rules.resolve("credit-grade/2024"));
		RulesetFoldersTests.copy(Path.of("rules/red-black-list/2024"), this.rules.resolve("red-black-list/2024"));
		// Without its folder tests, which would fail first: the evaluator of this test finds no required ruleset.
		try (var tests = Files.list(this.rules.resolve("red-black-list/2024/tests"))) {
			for (Path test : tests.toList()) {
				Files.delete(test);
			}
		}
		Path manifest = this.rules.resolve("red-black-list/2024/manifest.yaml");
		Files.writeString(manifest, Files.readString(manifest)
			.replace("companiesInDistrict: true", "companiesInDistrict: true\nrequires:\n  - scheme: credit-grade\n    year: 2024"));

		this.rulesets.reload();

		for (String scheme : List.of("credit-grade", "red-black-list")) {
			assertThat(this.rulesets.status(scheme, 2024)).hasValueSatisfying((status) -> {
				assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
				assertThat(status.errors()).anySatisfy((error) -> assertThat(error.message()).contains("成环"));
			});
			assertThat(this.rulesets.find(scheme, 2024)).isEmpty();
		}
		assertThat(this.rulesets.find("hongqi365", 2023)).isPresent();
	}

	@Test
	void refusesADraftThatRequiresARulesetNotInService() throws IOException {
		serveRedBlackListAndCreditGrade();
		List<RulesetFile> draft = draftOf("credit-grade/2024", (manifest) -> manifest.replace("year: 2024", "year: 2025"));

		LoadedRuleset checked = this.rulesets.check("credit-grade", 2025, draft);

		assertThat(checked.active()).isFalse();
		assertThat(checked.errors()).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("manifest.yaml");
			assertThat(error.line()).isEqualTo(lineOf(draft, "requires:"));
			assertThat(error.message()).contains("red-black-list/2025", "未启用");
		});
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.rulesets.activate("credit-grade", 2025, draft, "tester"))
			.isInstanceOf(RulesetException.class);
		assertThat(this.rules.resolve("credit-grade/2025")).doesNotExist();
		assertThat(this.rulesets.find("credit-grade", 2025)).isEmpty();
	}

	@Test
	void refusesADraftWhoseRequirementsMakeACycle() throws IOException {
		serveRedBlackListAndCreditGrade();
		List<RulesetFile> draft = draftOf("red-black-list/2024", (manifest) -> manifest.replace(
				"companiesInDistrict: true", "companiesInDistrict: true\nrequires:\n  - scheme: credit-grade\n    year: 2024"));

		LoadedRuleset checked = this.rulesets.check("red-black-list", 2024, draft);

		assertThat(checked.active()).isFalse();
		assertThat(checked.errors()).singleElement().satisfies((error) -> {
			assertThat(error.file()).isEqualTo("manifest.yaml");
			assertThat(error.line()).isEqualTo(lineOf(draft, "requires:"));
			assertThat(error.message()).contains("red-black-list/2024 → credit-grade/2024 → red-black-list/2024", "成环");
		});
		assertThat(this.rulesets.find("red-black-list", 2024)).isPresent();
	}

	@Test
	void checksADraftThatRequiresARulesetInService() throws IOException {
		serveRedBlackListAndCreditGrade();
		List<RulesetFile> draft = draftOf("credit-grade/2024", (manifest) -> manifest.replace("value: 95", "value: 96"));

		LoadedRuleset checked = this.rulesets.check("credit-grade", 2024, draft);

		assertThat(checked.errors()).isEmpty();
		assertThat(checked.active()).isTrue();
	}

	private void serveRedBlackListAndCreditGrade() throws IOException {
		RulesetFoldersTests.copy(Path.of("rules/credit-grade/2024"), this.rules.resolve("credit-grade/2024"));
		RulesetFoldersTests.copy(Path.of("rules/red-black-list/2024"), this.rules.resolve("red-black-list/2024"));
		this.rulesets.reload();
		assertThat(this.rulesets.find("credit-grade", 2024)).isPresent();
		assertThat(this.rulesets.find("red-black-list", 2024)).isPresent();
	}

	/** The files of a repository folder without its folder tests, the manifest changed. */
	private static List<RulesetFile> draftOf(String location, java.util.function.UnaryOperator<String> manifest) {
		return RulesetFolders.read(Path.of("rules").resolve(location))
			.stream()
			.filter((file) -> !file.name().startsWith(RulesetTests.FOLDER))
			.map((file) -> file.name().equals("manifest.yaml") ? new RulesetFile(file.name(), manifest.apply(file.content()))
					: file)
			.toList();
	}

	private static int lineOf(List<RulesetFile> files, String start) {
		List<String> lines = files.stream().filter((f) -> f.name().equals("manifest.yaml")).findFirst().orElseThrow()
			.content().lines().toList();
		return lines.indexOf(lines.stream().filter((line) -> line.startsWith(start)).findFirst().orElseThrow()) + 1;
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.folder.resolve(file);
		String content = Files.readString(path);
		assertThat(content).contains(from);
		Files.writeString(path, content.replace(from, to));
	}

}
