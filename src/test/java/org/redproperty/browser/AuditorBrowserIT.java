package org.redproperty.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor follows a project that was not awarded: finds it, opens its latest evaluation, replays it, reads its
 * path to five stars and its difference from the earlier evaluation, and prints it. District staff stored the two
 * evaluations through the API first.
 */
class AuditorBrowserIT extends BrowserTest {

	private final ObjectMapper objectMapper = new ObjectMapper();

	@Test
	void anAuditorReadsAProjectsEvaluationItsPathAndItsDiff() throws Exception {
		String earlier = evaluate("P-015", "2023-06-30");
		String latest = evaluate("P-015", "2023-11-30");
		signIn("demo-auditor", "demo-auditor-pw");

		open("/subjects", "search");
		field("名称或编号").sendKeys("P-015");
		this.browser.findElement(By.xpath("//form[@role='search']//button")).click();
		waitFor(By.linkText("P-015"));
		screenshot("search-results");
		assertThat(main()).contains("找到 1 个对象").contains("NOT_AWARDED");

		this.browser.findElement(By.linkText("P-015")).click();
		waitFor(By.id("evaluations"));
		screenshot("project");
		assertThat(main()).contains("物业服务项目 P-015").contains("活动记录（50）").contains("修订 1")
			.doesNotContain("现在评价");

		this.browser.findElement(By.cssSelector("a[href='/facts/activities/A-P015-050/history']")).click();
		waitFor(By.tagName("h1"));
		screenshot("fact-history");
		assertThat(main()).contains("A-P015-050 的历史").contains("这条事实目前有效");
		open("/subjects/company/CO-04", "company");
		assertThat(main()).contains("物业服务企业 CO-04").contains("满意度调查").contains("P-015");

		open("/subjects/project/P-015", "project-again");
		this.browser.findElement(By.cssSelector("a[href='/evaluations/" + latest + "']")).click();
		waitFor(By.id("gates"));
		screenshot("evaluation");
		assertThat(main()).contains("NOT_AWARDED").contains("HQ-ACT-MIN").contains("未通过")
			.contains("不计入的记录").contains("HQ-ACT-VALID-PHOTOS").contains("demo-staff");

		this.browser.findElement(By.xpath("//button[text()='重现这次评价']")).click();
		waitFor(By.id("replay"));
		screenshot("replay");
		assertThat(this.browser.findElement(By.id("replay")).getText()).contains("与原结果完全一致");

		new Select(field("达到状态的途径")).selectByVisibleText("FIVE_STAR");
		this.browser.findElement(By.xpath("//button[text()='查看途径']")).click();
		waitFor(By.id("steps"));
		screenshot("path-to-five-stars");
		assertThat(main()).contains("达到 FIVE_STAR 的途径").contains("能达到").contains("补足照片")
			.contains("已按同一规则集、同一评价日核验");

		open("/evaluations/" + latest, "evaluation-again");
		new Select(field("与另一次评价比较")).selectByValue(earlier);
		this.browser.findElement(By.xpath("//button[text()='比较']")).click();
		waitFor(By.id("changes"));
		screenshot("diff");
		assertThat(main()).contains("两次评价的比较").contains("两次评价不同的因素：评价日").contains("2023年6月30日");

		open("/evaluations/" + latest, "evaluation-before-print");
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		screenshot("evaluation-printed");
		assertThat(this.browser.findElement(By.cssSelector(".print-header")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("header.site")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.xpath("//button[text()='重现这次评价']")).isDisplayed()).isFalse();
	}

	private org.openqa.selenium.WebElement field(String label) {
		return this.browser.findElement(By.xpath("//label[contains(., '" + label + "')]//*[self::input or self::select]"));
	}

	private String main() {
		return this.browser.findElement(By.id("main")).getText();
	}

	/** Stores an evaluation through the API as district staff would, and answers its id. */
	private String evaluate(String subject, String asOf) throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-staff:demo-staff-pw".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/evaluations")))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"scheme\":\"hongqi365\",\"year\":2023,\"subjectId\":\"" + subject
					+ "\",\"asOf\":\"" + asOf + "\"}"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return this.objectMapper.readTree(response.body()).get("id").asText();
	}

}
