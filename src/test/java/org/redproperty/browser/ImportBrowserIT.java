package org.redproperty.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.redproperty.forms.Spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data-entry clerk uploads 附件2 in a real browser: a file with a bad row is refused with that row's message and
 * makes no revision; the corrected file makes one, and its records appear on the project's page.
 */
class ImportBrowserIT extends BrowserTest {

	private static final List<String> HEADERS = List.of("项目", "时间", "组织单位（企业名称）", "活动内容（场景名称）",
			"活动开展情况（场景简介）", "五心类别", "活动或场景", "照片张数", "居民代表签名人数", "记录编号", "项目编号");

	private final ObjectMapper objectMapper = new ObjectMapper();

	@Test
	void aClerkUploadsABadFileThenTheCorrectedOne() throws Exception {
		long before = revisions();
		signIn("demo-entry", "demo-entry-pw");
		open("/imports", "imports");
		assertThat(main()).contains("下载附件2 活动记录表模板").contains("下载附件1 推荐汇总表模板");

		upload(file("bad", row("A-BROWSER-01", "同心"), row("A-BROWSER-02", "黑心")));
		waitFor(By.id("refused"));
		screenshot("refused");
		assertThat(this.browser.findElement(By.id("refused")).getText()).contains("未写入任何数据").contains("五心类别");
		assertThat(this.browser.findElement(By.xpath("//section[@id='refused']//tbody/tr/th")).getText()).isEqualTo("5");
		assertThat(revisions()).isEqualTo(before);

		upload(file("corrected", row("A-BROWSER-01", "同心"), row("A-BROWSER-02", "暖心")));
		waitFor(By.id("result"));
		screenshot("imported");
		assertThat(this.browser.findElement(By.id("result")).getText()).contains("修订版本 " + (before + 1));
		assertThat(revisions()).isEqualTo(before + 1);

		this.browser.findElement(By.cssSelector("#result a.project-link")).click();
		waitFor(By.id("activities"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.xpath("//th[text()='A-BROWSER-01']")));
		screenshot("project-with-the-records");
		assertThat(main()).contains("A-BROWSER-01").contains("A-BROWSER-02").contains("demo-entry")
			.contains("修订 " + (before + 1));
	}

	private void upload(Path file) {
		this.browser.findElement(By.xpath("//section[@id='form-activities']//label[contains(., '选择填好的')]//input"))
			.sendKeys(file.toAbsolutePath().toString());
		screenshot("chosen-" + file.getFileName());
		this.browser.findElement(By.xpath("//button[text()='上传附件2 活动记录表']")).click();
	}

	private String main() {
		return this.browser.findElement(By.id("main")).getText();
	}

	private static List<Object> row(String id, String heart) {
		return new ArrayList<>(List.of("", LocalDate.of(2023, 10, 9), "淄博罗村物业服务有限公司", "浏览器导入的活动 " + id,
				"用页面上传的活动记录", heart, "活动", 3, 5, id, "P-048"));
	}

	@SafeVarargs
	private Path file(String name, List<Object>... rows) throws Exception {
		Path file = screenshots().resolve(name + ".xlsx");
		Files.write(file, Spreadsheets.filled("活动记录表", HEADERS, List.of(rows)));
		return file;
	}

	/** How many revisions the API lists, asked as the clerk through HTTP Basic. */
	private long revisions() throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-entry:demo-entry-pw".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/revisions"))).header("Authorization", "Basic " + basic).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return this.objectMapper.readTree(response.body()).get("totalElements").asLong();
	}

}
