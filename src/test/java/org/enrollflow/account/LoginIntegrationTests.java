package org.enrollflow.account;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnrollFlowIntegrationTest
class LoginIntegrationTests {

	private static final String PASSWORD = "login2027pw";

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	IdentityService identity;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void parentLogsInWithPhoneAndPasswordWithoutSession() throws Exception {
		String phone = parent();

		MvcResult result = me(phone, PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value(phone))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void refusesWrongPasswordInCallersLanguage() throws Exception {
		String phone = parent();

		me(phone, "wrong2027pw").andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
			.andExpect(jsonPath("$.detail").value("账号或密码错误。"));
		mvc.perform(get("/api/accounts/me").with(httpBasic(phone, "wrong2027pw"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong phone number, user name or password."));
	}

	@Test
	void refusesUnknownLoginNamesAndOverlongPasswordsAlike() throws Exception {
		me("13000000000", PASSWORD).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		me(parent(), "a1".repeat(100)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
	}

	@Test
	void asksAnonymousCallersToLogIn() throws Exception {
		mvc.perform(get("/api/accounts/me")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
			.andExpect(jsonPath("$.title").value("需要登录"));
	}

	@Test
	void locksLoginNameAfterFiveFailuresForFifteenMinutes() throws Exception {
		String phone = parent();
		for (int i = 0; i < 5; i++) {
			me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		}

		me(phone, PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("LOGIN_LOCKED"))
			.andExpect(jsonPath("$.detail").value("登录失败次数过多,请 15 分钟后再试。"))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "900"));

		moveClock(Duration.ofMinutes(14));
		me(phone, PASSWORD).andExpect(status().isTooManyRequests());
		moveClock(Duration.ofMinutes(2));
		me(phone, PASSWORD).andExpect(status().isOk());
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() throws Exception {
		String phone = parent();
		for (int i = 0; i < 4; i++) {
			me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		}
		moveClock(Duration.ofMinutes(16));
		for (int i = 0; i < 4; i++) {
			me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		}

		me(phone, PASSWORD).andExpect(status().isOk());
	}

	@Test
	void startsCountingAgainAfterSuccessfulLogin() throws Exception {
		String phone = parent();
		for (int i = 0; i < 4; i++) {
			me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		}
		me(phone, PASSWORD).andExpect(status().isOk());
		for (int i = 0; i < 4; i++) {
			me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		}

		me(phone, "wrong2027pw").andExpect(status().isUnauthorized());
		me(phone, "wrong2027pw").andExpect(status().isTooManyRequests());
	}

	@Test
	void staffLogInAsCamundaUsers() throws Exception {
		String userId = "login-staff-" + System.nanoTime();
		User user = identity.newUser(userId);
		user.setPassword("staff2027pw");
		identity.saveUser(user);

		me(userId, "staff2027pw").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ACCOUNT_NOT_FOUND"));
	}

	private ResultActions me(String loginName, String password) throws Exception {
		return mvc.perform(get("/api/accounts/me").with(httpBasic(loginName, password)));
	}

	private String parent() throws Exception {
		String id = TestFamilies.idNumber();
		String phone = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "林静");
		mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
			.content(TestFamilies.accountJson(phone, PASSWORD, "林静", id))).andExpect(status().isCreated());
		return phone;
	}

	private static void moveClock(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

}
