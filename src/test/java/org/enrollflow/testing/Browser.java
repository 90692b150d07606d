package org.enrollflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium emulating a phone 360 px wide, as in the WeChat browser; {@link #desktop()}
 * opens a second, desktop-sized window for staff pages such as Camunda Tasklist. It keeps a screenshot
 * of every page it is asked to ({@link #screenshot}) under the build's {@code screenshots} folder,
 * and checks pages with axe-core (from its WebJar) for serious or critical accessibility
 * violations ({@link #assertAccessible}).
 */
public final class Browser {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path DRIVER = Path.of("/usr/bin/chromedriver");
	static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private final WebDriver driver;
	private final String base;
	private final Path screenshots;
	private final AtomicInteger shots;
	private final List<Browser> others = new java.util.ArrayList<>();

	private Browser(WebDriver driver, String base, Path screenshots) {
		this(driver, base, screenshots, new AtomicInteger());
	}

	private Browser(WebDriver driver, String base, Path screenshots, AtomicInteger shots) {
		this.driver = driver;
		this.base = base;
		this.screenshots = screenshots;
		this.shots = shots;
	}

	/**
	 * A second browser of the same test, without phone emulation, in a 1440 x 900 window: for the
	 * desktop pages of staff (Camunda Tasklist). Its screenshots are numbered in one series with this
	 * browser's; it is closed with it after the test.
	 */
	public Browser desktop() {
		return desktop("zh-CN");
	}

	/** A desktop browser as {@link #desktop()}, whose user prefers the language with this tag ({@code en}, say). */
	public Browser desktop(String languageTag) {
		Browser desktop = new Browser(startDriver(false, languageTag), base, screenshots, shots);
		others.add(desktop);
		return desktop;
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** Types into the field with this id, replacing what it holds. */
	public Browser type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Puts text into the field as an input method does (DevTools {@code Input.insertText}), after
	 * focusing it by script: for pages that take no input events from ChromeDriver. Camunda's webapps
	 * are such pages in headless Chromium here: neither {@code sendKeys} nor a click reaches them
	 * (no {@code keydown} arrives even at a listener on {@code window} registered before the page's
	 * own scripts, and a clicked field does not get the focus), while inserted text arrives with its
	 * {@code beforeinput} and {@code input} events, as typed text does. The text goes where the focus
	 * is: a page that moves the focus meanwhile (an {@code autofocus} that runs late) can get it in
	 * another field, so check the values afterwards.
	 * @throws org.openqa.selenium.InvalidElementStateException when the field cannot take the focus
	 */
	public Browser insertText(WebElement field, String text) {
		Object focused = ((JavascriptExecutor) driver).executeScript(
				"arguments[0].focus(); return document.activeElement === arguments[0];", field);
		if (!Boolean.TRUE.equals(focused)) {
			throw new org.openqa.selenium.InvalidElementStateException("Another element keeps the focus");
		}
		((ChromeDriver) driver).executeCdpCommand("Input.insertText", Map.of("text", text));
		return this;
	}

	/** Takes the focus from the element by script, as leaving a field does: forms that keep typed text until then take it. */
	public Browser blur(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].blur();", element);
		return this;
	}

	/** Clicks by script (the element's {@code click()}), for the pages {@link #insertText} is for. */
	public Browser press(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		return this;
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Presses keys as a keyboard does, at whatever has the focus. */
	public Browser keys(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
		return this;
	}

	/**
	 * Presses Tab until the element matching the selector has the focus, within one round of the
	 * page's links and fields, as {@link #tabTo(String, int)} does.
	 */
	public WebElement tabTo(String css) {
		return tabTo(css, all("a[href], button, input:not([type=hidden]), select, textarea, [tabindex]").size() + 1);
	}

	/**
	 * Presses Tab until the element matching the selector has the focus, as a keyboard user moves
	 * through a page, and fails when it is not reached within {@code maxPresses} or when an element
	 * passed on the way shows no focus indicator (an outline of at least 2 px).
	 */
	public WebElement tabTo(String css, int maxPresses) {
		WebElement target = find(css);
		for (int press = 1; press <= maxPresses; press++) {
			keys(Keys.TAB);
			WebElement focused = focused();
			assertFocusShown(focused);
			if (focused.equals(target)) {
				return focused;
			}
		}
		throw new AssertionError("%s not reached in %d presses of Tab on %s".formatted(css, maxPresses, url()));
	}

	/** Fails when the element, which has the focus, does not show it with an outline of at least 2 px. */
	public Browser assertFocusShown(WebElement element) {
		String description = element.getTagName() + "#" + element.getDomAttribute("id") + " "
				+ element.getDomAttribute("name");
		assertThat(element.getCssValue("outline-style")).as("outline of the focused %s", description)
			.isNotEqualTo("none");
		assertThat(Double.parseDouble(element.getCssValue("outline-width").replace("px", "")))
			.as("outline width of the focused %s", description)
			.isGreaterThanOrEqualTo(2);
		assertThat(element.isDisplayed()).as("the focused %s is shown", description).isTrue();
		return this;
	}

	/** Clicks something that stays on the page (a checkbox, a script's button). */
	public Browser click(String css) {
		find(css).click();
		return this;
	}

	/** Clicks what leads to another page (a submit button, a link) and waits until that page has loaded. */
	public Browser submit(String css) {
		return leave(() -> find(css).click());
	}

	/** Does what leads to another page (Enter in a form, say) and waits until that page has loaded. */
	public Browser leave(Runnable action) {
		WebElement page = driver.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		return this;
	}

	public String text(String css) {
		return find(css).getText();
	}

	public String title() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	public String url() {
		return driver.getCurrentUrl();
	}

	/** The HTML of the page as the browser holds it now. */
	public String source() {
		return driver.getPageSource();
	}

	/**
	 * Fetches a path from the page, with the browser's cookies (the portal session), without leaving
	 * the page: the HTTP status and the {@code Content-Type}, which WebDriver does not tell.
	 */
	@SuppressWarnings("unchecked")
	public Fetched fetch(String path) {
		Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
						+ ".then(r => done({status: r.status, type: r.headers.get('Content-Type') || ''}))"
						+ ".catch(e => done({status: -1, type: String(e)}));",
				path);
		return new Fetched(((Number) result.get("status")).intValue(), (String) result.get("type"));
	}

	/** What {@link #fetch} got. */
	public record Fetched(int status, String contentType) {
	}

	public Browser waitFor(String css, Duration timeout) {
		new WebDriverWait(driver, timeout).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
		return this;
	}

	/** Whether a page's element is no longer in the document: the browser has left that page. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			// stale, or the inspector already dropped the node while the next page loads
			return true;
		}
	}

	/** Keeps a screenshot of the page as {@code NN-name.png}. */
	public Browser screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
			Files.write(screenshots.resolve("%02d-%s.png".formatted(shots.incrementAndGet(), name)), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Runs axe-core on the page and fails on any serious or critical violation, naming them. */
	public Browser assertAccessible() {
		return assertAccessible(null);
	}

	/**
	 * Runs axe-core on the part of the page the selector matches (our own part of a page that is
	 * not ours, such as a Camunda Form in Tasklist), or on the whole page for {@code null}, and fails
	 * on any serious or critical violation, naming them.
	 */
	@SuppressWarnings("unchecked")
	public Browser assertAccessible(String within) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeSource());
		Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "const context = arguments[0] ? {include: [arguments[0]]} : document;"
						+ "axe.run(context, {resultTypes: ['violations']}).then(r => done(r)).catch(e => done({error: String(e)}));",
				within);
		assertThat(results.get("error")).as("axe-core ran").isNull();
		List<Map<String, Object>> violations = ((List<Map<String, Object>>) results.get("violations")).stream()
			.filter(violation -> List.of("serious", "critical").contains(violation.get("impact")))
			.toList();
		assertThat(violations).as("serious or critical accessibility violations on %s: %s", driver.getCurrentUrl(),
				violations.stream().map(v -> v.get("id") + " (" + v.get("help") + ")").toList()).isEmpty();
		return this;
	}

	void quit() {
		others.forEach(Browser::quit);
		driver.quit();
	}

	/**
	 * Headless Chromium on the Debian paths, as a phone (360 x 780, a WeChat user agent) or a
	 * desktop, for a user who prefers the language with this tag.
	 */
	static WebDriver startDriver(boolean phone, String languageTag) {
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=" + languageTag);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languageTag));
		if (phone) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", 360, "height", 780, "pixelRatio", 2.0), "userAgent",
					"Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome Mobile Safari/537.36 MicroMessenger/8.0"));
		}
		else {
			options.addArguments("--window-size=1440,900");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2)).scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static String axeSource() {
		try (InputStream axe = Browser.class.getResourceAsStream(AXE)) {
			assertThat(axe).as("axe-core WebJar on the test classpath").isNotNull();
			return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts a browser for each test of a {@link BrowserTest} class and hands it to the test's parameters. */
	static final class Extension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
			if (!installed) {
				String message = "Browser tests need Debian's chromium and chromium-driver: "
						+ "apt-get install -y chromium chromium-driver fonts-noto-cjk";
				if ("required".equals(System.getProperty("enrollflow.browser-tests"))) {
					throw new IllegalStateException(message);
				}
				Assumptions.abort(message);
			}
			WebDriver driver = startDriver(true, "zh-CN");
			String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
			Path folder = Path.of(System.getProperty("enrollflow.build.dir", "target"), "screenshots",
					context.getRequiredTestClass().getSimpleName(), context.getRequiredTestMethod().getName());
			context.getStore(NAMESPACE).put(Browser.class, new Browser(driver, "http://localhost:" + port, folder));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
			if (browser != null) {
				browser.quit();
			}
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		}

	}

}
