package org.redproperty.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in and sign-out in a real browser: each demo account lands on its home page with its own work, its name and
 * roles in the header; signing out returns to the sign-in page, and a page then asks for sign-in again.
 */
class HomeBrowserIT extends BrowserTest {

	@Test
	void aDemoAccountSignsInSeesItsWorkAndSignsOut() {
		signIn("demo-auditor", "demo-auditor-pw");
		assertThat(this.browser.findElement(By.cssSelector("header.site .who")).getText()).isEqualTo("demo-auditor");
		assertThat(this.browser.findElement(By.cssSelector("header.site .roles")).getText()).contains("审核人员");
		assertThat(this.browser.findElements(By.id("work-auditor"))).hasSize(1);
		assertThat(this.browser.findElements(By.id("work-policy"))).isEmpty();

		this.browser.findElement(By.cssSelector("header.site form button")).click();
		waitFor(By.id("username"));
		screenshot("signed-out");
		assertThat(this.browser.getPageSource()).contains("已退出");
		open("/", "home-after-sign-out");
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void aBadPasswordShowsTheMessage() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("demo-auditor");
		this.browser.findElement(By.id("password")).sendKeys("wrong");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.cssSelector(".message.error"));
		screenshot("bad-password");
		assertThat(this.browser.findElement(By.cssSelector(".message.error")).getText()).contains("用户名或密码不对");
	}

}
