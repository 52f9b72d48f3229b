package org.redproperty.browser;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * District staff start a re-score job of the demo district on its page, watch the progress bar reach the end, open
 * the changes since the previous job (one started through the API for an earlier day) and download the Excel
 * report, which reads back with one row per subject under Chinese headers.
 */
class JobBrowserIT extends BrowserTest {

	@Test
	void districtStaffRunAJobSeeItsChangesAndDownloadItsReport() throws Exception {
		String previous = startThroughTheApi("2023-06-30");
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!api("GET", "/api/rescore-jobs/" + previous, null).body().contains("\"SUCCEEDED\"")) {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(300);
		}
		signIn("demo-staff", "demo-staff-pw");
		open("/jobs", "jobs");
		new Select(this.browser.findElement(By.name("ruleset"))).selectByValue("hongqi365/2023");
		new Select(this.browser.findElement(By.name("districtId"))).selectByVisibleText("淄川区");
		WebElement asOf = this.browser.findElement(By.name("asOf"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2023-11-30'", asOf);
		screenshot("start-form");
		this.browser.findElement(By.xpath("//button[normalize-space()='开始重评']")).click();
		waitFor(By.id("progress"));
		screenshot("job-started");
		waitForText(By.id("job-state"), "已完成", Duration.ofSeconds(120));
		waitFor(By.id("results"));
		screenshot("job-done");
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.id("results")));
		screenshot("job-results");
		WebElement bar = this.browser.findElement(By.id("progress"));
		assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
		assertThat(this.browser.findElement(By.id("results")).getText()).contains("般阳路街道");
		String job = this.browser.getCurrentUrl();
		assertThat(job).doesNotEndWith(previous);

		new Select(this.browser.findElement(By.name("changed"))).selectByVisibleText("有变化");
		this.browser.findElement(By.xpath("//button[normalize-space()='筛选']")).click();
		waitFor(By.id("results"));
		screenshot("job-changed-only");

		this.browser.findElement(By.id("changes-link")).click();
		waitFor(By.id("changes"));
		screenshot("changes");
		assertThat(this.browser.findElement(By.id("change-count")).getText()).isNotEqualTo("0");
		assertThat(this.browser.findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();

		this.browser.findElement(By.linkText("区工作台")).click();
		this.browser.findElement(By.linkText("淄川区")).click();
		waitFor(By.id("street-statuses"));
		waitFor(By.cssSelector("#street-chart canvas"));
		screenshot("district");
		assertThat(this.browser.findElement(By.id("street-statuses")).getText()).contains("般阳路街道");
		assertThat(this.browser.findElement(By.id("targets")).getText()).contains("达到");

		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		HttpResponse<InputStream> report = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(job + "/report.xlsx"))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(report.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(report.body())) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("区");
			assertThat(rows.get(0).getCellText(3)).isEqualTo("评价结果");
			assertThat(rows).hasSizeGreaterThan(10);
			assertThat(rows.get(1).getCellText(0)).isEqualTo("D-ZC");
		}
	}

	/** A job of the demo district started with HTTP Basic as district staff, as a script would; its id. */
	private String startThroughTheApi(String asOf) throws Exception {
		HttpResponse<String> response = api("POST", "/api/rescore-jobs",
				"{\"scheme\":\"hongqi365\",\"year\":2023,\"asOf\":\"" + asOf + "\",\"districtId\":\"D-ZC\"}");
		assertThat(response.statusCode()).isEqualTo(202);
		return response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<String> api(String method, String path, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString("demo-staff:demo-staff-pw".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
						: HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
