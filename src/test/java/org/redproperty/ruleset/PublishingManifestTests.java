package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code publish} section of a manifest: the repository's schemes declare what their jobs publish, a review
 * declares what it revokes, and every mistake is reported in Chinese with its line.
 */
class PublishingManifestTests {

	private static final String HEAD = """
			scheme: demo
			year: 2020
			title: 试验
			subjectTypes: [PROJECT, COMPANY, DISTRICT]
			phases:
			  - {name: all, label: 全部, step: each}
			statuses:
			  PROJECT: [FIVE_STAR, NONE]
			  COMPANY: [GOLD, REVOKED]
			parameters:
			  reviewedYear:
			    type: integer
			    value: 2019
			    label: 所审核的称号的年度
			    clause: 试验
			""";

	@Test
	void readsTheDeclarationsOfTheRepositorysSchemes() throws IOException {
		Publishing hongqi = read("rules/hongqi365/2023/manifest.yaml");
		assertThat(hongqi.titleFor(SubjectType.PROJECT, "FIVE_STAR", null)).isEqualTo("FIVE_STAR");
		assertThat(hongqi.titleFor(SubjectType.PROJECT, "NOT_AWARDED", null)).isNull();
		assertThat(hongqi.titleForAward("HQ-STEWARD", "张三", null)).isEqualTo("五星管家 张三");
		Publishing gold = read("rules/gold-red-property/2019/manifest.yaml");
		assertThat(gold.titleFor(SubjectType.COMPANY, "GOLD", null)).isEqualTo("GOLD");
		assertThat(gold.titleFor(SubjectType.COMPANY, "SHORTLISTED", null)).isNull();
		Publishing lists = read("rules/red-black-list/2024/manifest.yaml");
		assertThat(lists.titleFor(SubjectType.COMPANY, "RED_LIST", "Q2")).isEqualTo("RED_LIST Q2");
		assertThat(lists.titleFor(SubjectType.COMPANY, "BLACK_LIST", "YEAR")).isEqualTo("BLACK_LIST YEAR");
		assertThat(lists.titleFor(SubjectType.COMPANY, "RANKED", "YEAR")).isNull();
	}

	@Test
	void readsARevocationWhoseYearIsAParameter() {
		ManifestReader.Read read = new ManifestReader().read(HEAD + """
				publish:
				  revokes: {status: REVOKED, scheme: gold-red-property, year: reviewedYear, title: GOLD}
				""");
		assertThat(read.errors()).isEmpty();
		Publishing.Revocation revokes = read.manifest().publish().revokes();
		assertThat(revokes.status()).isEqualTo("REVOKED");
		assertThat(revokes.year(new Parameters(read.manifest().parameters()))).isEqualTo(2019);
	}

	@Test
	void reportsEveryMistakeWithItsLine() {
		ManifestReader.Read read = new ManifestReader().read(HEAD + """
				publish:
				  statuses:
				    STREET: {RED_POSITION: RED}
				    PROJECT: {GOLD: GOLD, FIVE_STAR: ""}
				  awards:
				    steward: 五星管家
				  revokes: {status: LOST, scheme: gold-red-property, year: nextYear}
				  grants: []
				""");
		assertThat(read.errors()).extracting(RulesetError::message)
			.anyMatch((m) -> m.contains("STREET") && m.contains("PROJECT 或 COMPANY"))
			.anyMatch((m) -> m.contains("GOLD") && m.contains("不在清单 statuses"))
			.anyMatch((m) -> m.contains("FIVE_STAR") && m.contains("一段文字"))
			.anyMatch((m) -> m.contains("steward") && m.contains("规则代码"))
			.anyMatch((m) -> m.contains("revokes") && m.contains("title"))
			.anyMatch((m) -> m.contains("grants"));
		assertThat(read.errors()).allMatch((error) -> error.line() > 0);
	}

	private static Publishing read(String path) throws IOException {
		ManifestReader.Read read = new ManifestReader().read(Files.readString(Path.of(path)));
		assertThat(read.errors()).isEmpty();
		return read.manifest().publish();
	}

}
