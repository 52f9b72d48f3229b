package org.redproperty.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.redproperty.support.ApiResponse;
import org.redproperty.support.DatabaseTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The offices' Excel forms on the demo data of 淄川 (D-ZC) and 株洲 (ZZ-D1): a good file is one revision, a file
 * with bad rows lists each with its row and column and writes nothing, projects are found by name, dates and
 * numbers are read as offices write them, the exported 附件1 reads back unchanged, and files that are not the
 * form are refused with their own code. Bodies are limited to 1 MB here, to show that an upload is held to that limit.
 */
@TestPropertySource(properties = { "app.demo.enabled=true",
		"app.demo.datasets=fixtures/demo-zichuan.json,fixtures/zhuzhou-demo-2023.json",
		"app.accounts.seed[0].username=tester", "app.accounts.seed[0].password={noop}tester-password",
		"app.accounts.seed[0].roles=ADMIN,POLICY,DATA_ENTRY,DISTRICT_STAFF,AUDITOR", "app.accounts.seed[1].username=zc", "app.accounts.seed[1].password={noop}zc-password",
		"app.accounts.seed[1].roles=DATA_ENTRY,DISTRICT_STAFF", "app.accounts.seed[1].district-id=D-ZC",
		"app.web.max-body-size=1MB" })
abstract class ExcelFormsTests extends DatabaseTestSupport {

	@Autowired
	private MultipartProperties multipart;

	static final List<String> ACTIVITY_HEADERS = List.of("项目", "时间", "组织单位（企业名称）", "活动内容（场景名称）",
			"活动开展情况（场景简介）", "五心类别", "活动或场景", "照片张数", "居民代表签名人数", "记录编号", "项目编号");

	static final List<String> NOMINATION_HEADERS = List.of("序号", "所属街道（镇）", "项目名称", "项目党组织成立时间",
			"小区业主委员会成立时间", "交付率或入住率（%）", "物业服务企业名称", "推荐意见", "推荐编号", "项目编号", "方案", "年度", "推荐日期");

	private static final String COMPANY = "淄博般阳物业服务有限公司";

	@Test
	void importsAGoodActivityFileAsOneRevisionReadingDatesAndNumbersAsOfficesWriteThem() {
		long before = latestRevision();
		byte[] file = activities(
				row(null, LocalDate.of(2023, 9, 1), COMPANY, "消防演练", "全体居民参加", "安心", "活动", 3, 5, "XL-A-001", "P-001"),
				row("柳泉雅居", "2023-09-02", COMPANY, "红色议事角", "议事角建成", "红心", "场景", "2", "1", "XL-A-002", null),
				row(null, "2023/9/3", COMPANY, "便民维修", "上门维修", "暖心物业", "活动", 2, 2, "XL-A-003", "P-001"),
				row(null, "2023年9月4日", COMPANY, "圆桌会议", "四方联动", "TONGXIN", "SCENE", 4, " 3 ", "XL-A-004", "P-001"));

		ApiResponse imported = upload("/api/imports/activities.xlsx", file);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.body().path("revision").asLong()).isEqualTo(before + 1);
		assertThat(imported.body().path("created").path("activities").asInt()).isEqualTo(4);
		assertThat(this.jdbc.sql("""
				SELECT id, project_id, held_on, heart, kind, photo_count, resident_signatures FROM activities
				WHERE id LIKE 'XL-A-%' ORDER BY id""").query((rs, n) -> tuple(rs.getString(1), rs.getString(2),
				rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7))).list())
			.containsExactly(tuple("XL-A-001", "P-001", LocalDate.of(2023, 9, 1), "ANXIN", "ACTIVITY", 3, 5),
					tuple("XL-A-002", "P-002", LocalDate.of(2023, 9, 2), "HONGXIN", "SCENE", 2, 1),
					tuple("XL-A-003", "P-001", LocalDate.of(2023, 9, 3), "NUANXIN", "ACTIVITY", 2, 2),
					tuple("XL-A-004", "P-001", LocalDate.of(2023, 9, 4), "TONGXIN", "SCENE", 4, 3));
		JsonNode revision = get("/api/revisions/" + (before + 1)).body();
		assertThat(revision.path("actor").asText()).isEqualTo(TESTER);
		assertThat(revision.path("source").asText()).isEqualTo("xlsx 附件2 活动记录表");

		ApiResponse again = upload("/api/imports/activities.xlsx", file);
		assertThat(again.body().path("created").path("activities").asInt()).as("the same file again adds nothing")
			.isZero();
		assertThat(again.body().path("updated").path("activities").asInt()).isZero();
	}

	@Test
	void listsEveryBadRowWithItsRowAndColumnAndWritesNothing() {
		long before = latestRevision();
		Map<String, String> tables = factTables();
		byte[] file = activities(
				row(null, "2023-13-40", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-B-001", "P-001"),
				row(null, "2023-09-01", COMPANY, "演练", "d", "黑心", "活动", 2, 1, "XL-B-002", "P-001"),
				row("不存在的小区", "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-B-003", null),
				row(null, "2023-09-01", COMPANY, "演练", "d", "红心", "活动", -1, "三", "XL-B-004", "P-001"),
				row(null, LocalDate.of(2023, 9, 1), COMPANY, "演练", "d", "红心", "活动", 2, 1, null, "P-001"),
				row(null, "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-B-005", "P-001"),
				row(null, "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-B-006", "P-NONE"));

		ApiResponse refused = upload("/api/imports/activities.xlsx", file);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body().path("code").asText()).isEqualTo("INVALID_FORM");
		assertThat(errors(refused)).containsExactly(tuple(4, "时间", "INVALID_DATE"), tuple(5, "五心类别", "UNKNOWN_ENUM"),
				tuple(6, "项目", "UNKNOWN_NAME"), tuple(7, "照片张数", "NEGATIVE_COUNT"),
				tuple(7, "居民代表签名人数", "INVALID_TYPE"), tuple(8, "记录编号", "MISSING_FIELD"),
				tuple(10, "项目编号", "DANGLING_REFERENCE"));
		assertThat(refused.body().path("errors").path(3).path("message").asText()).as("said with the column's header")
			.contains("「照片张数」");
		assertThat(latestRevision()).isEqualTo(before);
		assertThat(factTables()).as("nothing written").isEqualTo(tables);
	}

	@Test
	void findsProjectsByNameOnlyWhereTheNameIsUnambiguous() {
		ApiResponse twins = post("/api/datasets", Map.of("projects", List.of(
				Map.of("id", "XL-P-1", "name", "同名小区", "communityId", "CM-01"),
				Map.of("id", "XL-P-2", "name", "同名小区", "communityId", "CM-04"))));
		assertThat(twins.status()).as(twins.toString()).isEqualTo(200);
		long before = latestRevision();

		ApiResponse refused = upload("/api/imports/activities.xlsx",
				activities(row("同名小区", "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-C-001", null),
						row("同名小区", "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-C-002", "XL-P-2")));

		assertThat(errors(refused)).containsExactly(tuple(4, "项目", "AMBIGUOUS_NAME"));
		assertThat(refused.body().path("errors").path(0).path("message").asText()).contains("XL-P-1", "XL-P-2");
		assertThat(latestRevision()).isEqualTo(before);
	}

	@Test
	void importsNominationsNamingProjectsAndChecksTheirDescriptiveColumnsAgainstTheStoredProject() {
		byte[] good = nominations(
				row(1, "般阳路街道", "柳泉雅居", LocalDate.of(2021, 3, 3), "2020/11/7", "99%", COMPANY, "同意推荐", null, null,
						"hongqi365", "2024", "2024年8月1日"),
				row(2, null, "般河花园", null, null, 95, null, "同意", "XL-N-2", null, "hongqi365", 2024,
						LocalDate.of(2024, 8, 2)));

		ApiResponse imported = upload("/api/imports/nominations.xlsx", good);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.body().path("created").path("nominations").asInt()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT id, project_id, nominated_on FROM nominations WHERE scheme_year = 2024 ORDER BY id")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list()).containsExactly(tuple("N-P-002-hongqi365-2024", "P-002", LocalDate.of(2024, 8, 1)),
					tuple("XL-N-2", "P-001", LocalDate.of(2024, 8, 2)));
		assertThat(upload("/api/imports/nominations.xlsx", good).body().path("created").path("nominations").asInt())
			.as("a row without an id keeps the id its nomination got")
			.isZero();

		ApiResponse refused = upload("/api/imports/nominations.xlsx", nominations(row(1, "松龄路街道", "柳泉雅居",
				"2021-03-04", null, "98", "别的物业公司", "同意", null, null, "hongqi365", 2024, "2024-08-01")));
		assertThat(errors(refused)).containsExactly(tuple(4, "所属街道（镇）", "NOT_AS_STORED"),
				tuple(4, "项目党组织成立时间", "NOT_AS_STORED"), tuple(4, "交付率或入住率（%）", "NOT_AS_STORED"),
				tuple(4, "物业服务企业名称", "NOT_AS_STORED"));
		assertThat(refused.body().path("errors").path(1).path("message").asText()).contains("2021-03-04", "2021-03-03");
	}

	@Test
	void theExportedNominationFormReadsBackWithTheRowsItWasMadeFrom() {
		ResponseEntity<byte[]> export = download("/api/districts/D-ZC/nominations.xlsx?scheme=hongqi365&year=2023",
				TESTER, TESTER_PASSWORD);
		assertThat(export.getStatusCode().value()).isEqualTo(200);
		assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment",
				"filename*=UTF-8''");
		List<List<String>> rows = Spreadsheets.read(export.getBody());
		assertThat(rows.get(2)).startsWith(NOMINATION_HEADERS.toArray(String[]::new));
		List<String> stored = this.jdbc.sql("SELECT id FROM nominations WHERE scheme = 'hongqi365' AND scheme_year = 2023"
				+ " AND project_id LIKE 'P-%' ORDER BY id").query(String.class).list();
		assertThat(stored).isNotEmpty();
		List<List<String>> filled = rows.subList(3, rows.size()).stream().filter((row) -> !row.get(2).isEmpty()).toList();
		assertThat(filled.stream().map((row) -> row.get(8)).sorted().toList()).isEqualTo(stored);
		List<String> first = filled.get(0);
		assertThat(first.get(0)).isEqualTo("1");
		assertThat(first.get(6)).as("the company's name").isNotBlank();

		ApiResponse readBack = upload("/api/imports/nominations.xlsx", export.getBody());

		assertThat(readBack.status()).as(readBack.toString()).isEqualTo(200);
		assertThat(readBack.body().path("total").asInt()).isEqualTo(stored.size());
		assertThat(readBack.body().path("created").path("nominations").asInt()).as("the same rows").isZero();
		assertThat(readBack.body().path("updated").path("nominations").asInt()).as("the same rows").isZero();
	}

	@Test
	void anAccountLimitedToADistrictFindsNamesInItAndCannotExportAnother() {
		String otherName = this.jdbc.sql("SELECT name FROM projects WHERE id = 'ZZ-P-01'").query(String.class).single();
		ApiResponse refused = uploadAs("zc", "zc-password", "/api/imports/activities.xlsx",
				activities(row(otherName, "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-D-001", null),
						row(null, "2023-09-01", COMPANY, "演练", "d", "红心", "活动", 2, 1, "XL-D-002", "ZZ-P-01")));
		assertThat(errors(refused)).containsExactly(tuple(4, "项目", "UNKNOWN_NAME"), tuple(5, "项目编号", "OUTSIDE_DISTRICT"));

		assertThat(download("/api/districts/ZZ-D1/nominations.xlsx?scheme=hongqi365&year=2023", "zc", "zc-password")
			.getStatusCode().value()).isEqualTo(404);
		assertThat(get("/api/districts/D-NONE/nominations.xlsx?scheme=hongqi365&year=2023").body().path("code").asText())
			.isEqualTo("DISTRICT_NOT_FOUND");
		assertThat(download("/api/districts/D-ZC/nominations.xlsx?scheme=hongqi365&year=2023", "zc", "zc-password")
			.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void templatesCarryTheColumnsDropDownsAndInstructions() {
		ResponseEntity<byte[]> template = download("/api/imports/activities.xlsx", TESTER, TESTER_PASSWORD);
		assertThat(template.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"activities.xlsx\"; filename*=UTF-8''%E9%99%84%E4%BB%B62%20%E6%B4%BB%E5%8A%A8%E8%AE%B0%E5%BD%95%E8%A1%A8.xlsx");
		assertThat(Spreadsheets.read(template.getBody()).get(2)).containsExactlyElementsOf(ACTIVITY_HEADERS);
		assertThat(part(template.getBody(), "xl/worksheets/sheet1.xml")).contains("<formula1>\"红心,匠心,暖心,安心,同心\"</formula1>",
				"<formula1>\"活动,场景\"</formula1>");
		assertThat(Spreadsheets.sheetNames(template.getBody())).containsExactly("活动记录表", "填写说明");
		ResponseEntity<byte[]> nominations = download("/api/imports/nominations.xlsx", TESTER, TESTER_PASSWORD);
		assertThat(part(nominations.getBody(), "xl/worksheets/sheet1.xml")).contains("hongqi365");

		assertThat(upload("/api/imports/activities.xlsx", template.getBody()).body().path("code").asText())
			.as("the blank template is found, and has no rows").isEqualTo("EMPTY_FORM");
		assertThat(upload("/api/imports/nominations.xlsx", template.getBody()).body().path("code").asText())
			.isEqualTo("WRONG_FORM");
		ApiResponse json = post("/api/imports/activities.xlsx", "{}");
		assertThat(json.status()).isEqualTo(415);
		assertThat(json.body().path("detail").asText()).contains("multipart/form-data");
		ApiResponse text = upload("/api/imports/activities.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.body().path("code").asText()).isEqualTo("NOT_A_SPREADSHEET");
	}

	@Test
	void anUploadIsHeldToTheLimitOfAnyRequestBody() {
		assertThat(this.multipart.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(this.multipart.getMaxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
		ApiResponse tooLarge = upload("/api/imports/activities.xlsx", new byte[1024 * 1024 + 1]);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.body().path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	static List<Object> row(Object... values) {
		return Arrays.asList(values);
	}

	@SafeVarargs
	static byte[] activities(List<Object>... rows) {
		return Spreadsheets.filled("活动记录表", ACTIVITY_HEADERS, List.of(rows));
	}

	@SafeVarargs
	static byte[] nominations(List<Object>... rows) {
		return Spreadsheets.filled("推荐汇总表", NOMINATION_HEADERS, List.of(rows));
	}

	private List<org.assertj.core.groups.Tuple> errors(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
		response.body().path("errors").forEach((error) -> errors.add(tuple(error.path("row").asInt(),
				error.path("column").asText(), error.path("code").asText())));
		return errors;
	}

	private long latestRevision() {
		return this.jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM fact_revisions").query(Long.class).single();
	}

	private ApiResponse upload(String path, byte[] content) {
		return uploadAs(TESTER, TESTER_PASSWORD, path, content);
	}

	private ApiResponse uploadAs(String username, String password, String path, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(username, password);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "form.xlsx";
			}
		});
		ResponseEntity<String> response = this.rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
		try {
			return new ApiResponse(response.getStatusCode().value(), response.getHeaders().getContentType(),
					this.objectMapper.readTree(response.getBody()));
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("not JSON: " + response.getBody(), ex);
		}
	}

	private ResponseEntity<byte[]> download(String path, String username, String password) {
		return this.rest.withBasicAuth(username, password).getForEntity(path, byte[].class);
	}

	/** A part of the workbook's package (FastExcel streams it with data descriptors, which only ZipFile reads). */
	private static String part(byte[] xlsx, String name) {
		try {
			Path file = Files.createTempFile("form", ".xlsx");
			try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
				ZipEntry entry = zip.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
