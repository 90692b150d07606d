package org.enrollflow.portal;

import com.jayway.jsonpath.JsonPath;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal by keyboard alone, as a parent with a keyboard (or a switch device) uses it: the skip
 * link comes first and leads to the content, every element reached by Tab shows where the focus
 * is, radio buttons are chosen with the arrow keys, and forms are sent with Enter.
 */
@BrowserTest
class KeyboardBrowserTests {

	@Autowired
	Scenarios scenarios;

	@Test
	void aParentLogsInSwitchesToEnglishAndStartsACaseWithTheKeyboardAlone(Browser browser) throws Exception {
		EnrollmentScenario scenario = scenarios.general();
		Family family = scenario.localFamily("张键盘");
		browser.open("/portal/login");

		browser.keys(Keys.TAB);
		WebElement skip = browser.focused();
		assertThat(skip.getDomAttribute("href")).isEqualTo("#main");
		assertThat(skip.getRect().getX()).as("the skip link is on the screen once focused").isNotNegative();
		browser.assertFocusShown(skip).screenshot("skip-link");
		browser.keys(Keys.ENTER);
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");

		browser.tabTo("#username");
		browser.keys(family.phone());
		browser.tabTo("#password", 1);
		browser.keys(EnrollmentScenario.PASSWORD);
		browser.screenshot("login-by-keyboard");
		browser.leave(() -> browser.keys(Keys.ENTER));
		assertThat(browser.url()).endsWith("/portal/applications");

		browser.tabTo("a[hreflang=en]");
		browser.leave(() -> browser.keys(Keys.ENTER));
		assertThat(browser.title()).isEqualTo("My applications");

		browser.tabTo("a.start[href$='campaign=" + scenario.campaignId + "']");
		browser.screenshot("start-link-focused");
		browser.leave(() -> browser.keys(Keys.ENTER));
		assertThat(browser.url()).contains("/portal/general/new");

		WebElement local = browser.tabTo("#householdType-LOCAL");
		browser.keys(Keys.SPACE);
		assertThat(local.isSelected()).isTrue();
		browser.keys(Keys.ARROW_DOWN);
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("householdType-NON_LOCAL");
		assertThat(browser.find("#householdType-NON_LOCAL").isSelected()).isTrue();
		browser.keys(Keys.ARROW_UP);
		assertThat(local.isSelected()).as("the arrow keys move the choice back").isTrue();

		browser.tabTo("#child-name", 2);
		browser.keys(family.childName());
		browser.tabTo("#child-idNumber", 2);
		browser.keys(family.childId());
		browser.tabTo("#householdNumber", 2);
		browser.keys(family.householdNumber());
		browser.screenshot("binding-by-keyboard").assertAccessible();
		browser.leave(() -> browser.keys(Keys.ENTER));

		assertThat(browser.url()).matches(".*/portal/applications/[0-9a-f-]{36}");
		String id = browser.url().substring(browser.url().lastIndexOf('/') + 1);
		String started = scenario.read(family, id);
		assertThat(JsonPath.<String>read(started, "$.status")).isEqualTo("BINDING");
		assertThat(JsonPath.<String>read(started, "$.child.name")).isEqualTo("张键盘");
		assertThat(JsonPath.<String>read(started, "$.householdType")).isEqualTo("LOCAL");
		browser.screenshot("case-started");
	}

}
