package org.redproperty.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redproperty.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the end-to-end tests ({@code *BrowserIT}, run by failsafe): the whole service on a fresh MariaDB
 * database with the demo fixtures and the demo accounts, as the README's run command starts it, driven through its
 * pages by Debian's headless {@code chromium} and {@code chromedriver} (installed by {@code .ci/run}; never
 * downloaded by a test tool). A missing browser fails the test, it is not skipped. Every page a test visits is
 * saved as a screenshot under {@code target/screenshots/<test class>/<test method>/} (emptied at the test's start, so
 * that a rerun leaves only its own pages), at 1366×768.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "app.demo.enabled=true",
		"app.demo.datasets=fixtures/demo-zichuan.json,fixtures/gold-red-property-2019.json,fixtures/zhuzhou-demo-2023.json",
		"app.rules.dir=rules" })
@ActiveProfiles("test")
public abstract class BrowserTest {

	private static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");

	@LocalServerPort
	protected int port;

	protected WebDriver browser;

	private Path screenshots;

	private final AtomicInteger shot = new AtomicInteger();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.MARIADB.configure(registry);
	}

	@BeforeEach
	void startBrowser(TestInfo test) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		String name = getClass().getSimpleName() + "/" + test.getTestMethod().map((m) -> m.getName()).orElse("test");
		this.screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots", name);
		if (Files.isDirectory(this.screenshots)) {
			try (var earlier = Files.list(this.screenshots)) {
				for (Path file : earlier.toList()) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(this.screenshots);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/** The address of a page of the service under test. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Opens a page and saves its screenshot. */
	protected void open(String path, String screenshot) {
		this.browser.get(url(path));
		screenshot(screenshot);
	}

	/** Signs in on the sign-in page as that account, lands on the home page and saves both screenshots. */
	protected void signIn(String username, String password) {
		this.browser.get(url("/login"));
		screenshot("sign-in");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor(By.id("main"));
		screenshot("home");
	}

	/** Waits (up to 30 s) until an element is visible, and answers it. */
	protected WebElement waitFor(By locator) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Waits (up to the given time) until the text is in the element. */
	protected void waitForText(By locator, String text, Duration within) {
		new WebDriverWait(this.browser, within).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/** Saves what the browser shows now as {@code target/screenshots/<class>/<method>/<nn>-<name>.png}. */
	protected Path screenshot(String name) {
		byte[] png = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.BYTES);
		Path file = this.screenshots.resolve(String.format("%02d-%s.png", this.shot.incrementAndGet(), name));
		try {
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** The directory this test's screenshots are saved in. */
	protected Path screenshots() {
		return this.screenshots;
	}

}
