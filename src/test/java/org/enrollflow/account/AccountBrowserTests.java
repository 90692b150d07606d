package org.enrollflow.account;

import java.time.LocalDate;

import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing up, logging in and out in the portal on a phone, in Chinese and in English. */
@BrowserTest
class AccountBrowserTests {

	@Autowired
	RegistryImports registry;

	@Test
	void aParentSignsUpWithTheRealNameCheckLogsInAndOut(Browser browser) throws Exception {
		String idNumber = TestIdNumbers.next("320402", LocalDate.of(1985, 1, 1), false);
		registry.importCsv("persons", new java.io.StringReader(
				"id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n"
						+ idNumber + ",王芳," + IdNumbers.birthDateOf(idNumber).orElseThrow() + ",H1,320402,,\n"));
		String phone = EnrollmentScenario.uniquePhone();

		browser.open("/portal/signup");
		assertThat(browser.title()).isEqualTo("注册账号");
		browser.screenshot("signup").assertAccessible();
		browser.type("realName", "王芳").type("idNumber", "32040219850101000").type("phone", phone)
			.type("email", phone + "@example.org").type("password", "Wang2027pw")
			.submit("button.primary");
		assertThat(browser.find("#idNumber").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.text("#idNumber-error")).isNotBlank();
		assertThat(browser.find("#realName").getAttribute("value")).isEqualTo("王芳");
		browser.screenshot("signup-error").assertAccessible();

		browser.type("idNumber", idNumber).type("password", "Wang2027pw").submit("button.primary");
		assertThat(browser.url()).contains("/portal/login");
		assertThat(browser.find("#username").getAttribute("value")).isEqualTo(phone);
		browser.screenshot("login").assertAccessible();
		browser.type("password", "wrong-password").submit("button.primary");
		assertThat(browser.text(".notice.error")).isEqualTo("手机号或密码不正确。");

		browser.open("/portal/login?lang=en");
		assertThat(browser.title()).isEqualTo("Log in");
		browser.type("username", phone).type("password", "Wang2027pw").submit("button.primary");
		assertThat(browser.url()).contains("/portal/applications");
		browser.submit("form.inline button");
		assertThat(browser.text(".notice")).isEqualTo("You are logged out.");
	}

}
