package org.redproperty.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.redproperty.support.RulesCopies;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy officer changes one parameter of hongqi365/2023 in a draft, checks it, sees which subjects' status the
 * draft would change, activates it after the confirmation and finds the new version in the ruleset's history. The
 * service runs on a copy of the rules directory (activation writes the folder), never on the repository's.
 */
class RulesetDraftBrowserIT extends BrowserTest {

	@DynamicPropertySource
	static void copyOfTheRules(DynamicPropertyRegistry registry) {
		RulesCopies.withoutTests(registry);
	}

	@Test
	void aPolicyOfficerDraftsChecksComparesAndActivatesAParameterChange() {
		signIn("demo-policy", "demo-policy-pw");
		open("/rulesets", "rulesets");
		this.browser.findElement(By.linkText("hongqi365/2023")).click();
		String activeHash = waitFor(By.id("hash")).getText();
		screenshot("ruleset");

		this.browser.findElement(By.partialLinkText("起草修改")).click();
		WebElement minRecords = field("有效活动和场景至少项数");
		screenshot("draft-form");
		assertThat(minRecords.getAttribute("value")).isEqualTo("50");
		minRecords.clear();
		minRecords.sendKeys("40");
		button("检查草案").click();
		waitFor(By.id("check-passed"));
		screenshot("checked");
		String draftHash = this.browser.findElement(By.id("draft-hash")).getText();
		assertThat(this.browser.findElement(By.id("changed-parameters")).getText()).contains("有效活动和场景至少项数", "50",
				"40");

		WebElement asOf = this.browser.findElement(By.name("asOf"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2023-11-30'", asOf);
		new Select(this.browser.findElement(By.name("change"))).selectByVisibleText("状态改变");
		button("比较").click();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()", waitFor(By.id("what-if")));
		screenshot("what-if");
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#what-if tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).findElements(By.cssSelector(".status.warn"))).isNotEmpty();

		this.browser.findElement(By.id("activate")).click();
		waitFor(By.id("confirm"));
		screenshot("confirm");
		assertThat(this.browser.findElement(By.id("replaced")).getText()).contains(activeHash);
		assertThat(this.browser.findElement(By.id("confirm")).getText()).contains(draftHash);
		button("确认启用").click();
		waitFor(By.id("activated"));
		screenshot("activated");
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.id("history")));
		screenshot("history");
		assertThat(this.browser.findElement(By.id("hash")).getText()).isEqualTo(draftHash);
		String newest = this.browser.findElement(By.cssSelector("#history tbody tr")).getText();
		assertThat(newest).contains(draftHash, activeHash, "demo-policy", "检查通过后启用");
		assertThat(this.browser.findElement(By.id("parameters")).getText()).contains("有效活动和场景至少项数 40");
	}

	/** The input a label names, as a person finds it. */
	private WebElement field(String label) {
		WebElement element = waitFor(By.xpath("//label[normalize-space()='" + label + "']"));
		return this.browser.findElement(By.id(element.getAttribute("for")));
	}

	private WebElement button(String text) {
		return this.browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

}
