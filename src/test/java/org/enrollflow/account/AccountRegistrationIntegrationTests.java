package org.enrollflow.account;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnrollFlowIntegrationTest
class AccountRegistrationIntegrationTests {

	private static final String PASSWORD = "secret2027";

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	ParentAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void opensAccountForRealNameWithIdNumberMasked() throws Exception {
		String id = TestFamilies.idNumber();
		String phone = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "王小明");

		register(TestFamilies.accountJson(phone, PASSWORD, " 王小明 ", id.toLowerCase()))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/accounts/me"))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.phone").value(phone))
			.andExpect(jsonPath("$.email").value("parent@example.com"))
			.andExpect(jsonPath("$.realName").value("王小明"))
			.andExpect(jsonPath("$.idNumber").value(IdNumbers.mask(id)))
			.andExpect(content().string(not(containsString(id))));

		ParentAccountView account = accounts.byPhone(phone).orElseThrow();
		assertThat(account.idNumber()).isEqualTo(id);
		assertThat(accounts.find(account.id())).contains(account);
	}

	@Test
	void keepsIdNumberEncryptedAndPasswordHashed() throws Exception {
		String id = TestFamilies.idNumber();
		String phone = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "赵敏");
		register(TestFamilies.accountJson(phone, PASSWORD, "赵敏", id)).andExpect(status().isCreated());

		var row = jdbc.queryForMap("select * from parent_account where phone = ?", phone);
		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(id, PASSWORD));
		assertThat((String) row.get("password_hash")).startsWith("$2");
	}

	@Test
	void keepsNamesOutsideTheBasicMultilingualPlane() throws Exception {
		String id = TestFamilies.idNumber();
		String phone = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "李𠮷祥");

		register(TestFamilies.accountJson(phone, PASSWORD, "李𠮷祥", id)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.realName").value("李𠮷祥"));

		mvc.perform(get("/api/accounts/me").with(httpBasic(phone, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.realName").value("李𠮷祥"))
			.andExpect(jsonPath("$.phone").value(phone))
			.andExpect(jsonPath("$.idNumber").value(IdNumbers.mask(id)));
		assertThat(accounts.byPhone(phone).orElseThrow().realName()).isEqualTo("李𠮷祥");
	}

	@Test
	void refusesEachBadFieldWithItsOwnCode() throws Exception {
		register("""
				{"phone": "2380000000", "email": "not-an-email", "password": "onlyletters",
				 "realName": "", "idNumber": "340524198001010013"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("PHONE_INVALID", "EMAIL_INVALID",
					"PASSWORD_WEAK", "REAL_NAME_REQUIRED", "ID_CHECK_DIGIT")))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value("手机号应为以 1 开头的 11 位中国大陆手机号码。"));
	}

	@Test
	void explainsBadFieldsInEnglishWhenAsked() throws Exception {
		mvc.perform(post("/api/accounts").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("PHONE_REQUIRED", "EMAIL_REQUIRED",
					"PASSWORD_REQUIRED", "REAL_NAME_REQUIRED", "ID_NUMBER_REQUIRED")))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("Choose a password."));
	}

	@Test
	void refusesPasswordsOfWrongLengthOrCharacters() throws Exception {
		String id = TestFamilies.idNumber();
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), "abc123", "张三", id), "password",
				"PASSWORD_LENGTH");
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), "a1".repeat(33), "张三", id), "password",
				"PASSWORD_LENGTH");
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), "12345678", "张三", id), "password",
				"PASSWORD_WEAK");
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), "密码密码密码2027", "张三", id), "password",
				"PASSWORD_CHARACTERS");
	}

	@Test
	void refusesNamesTooLongOrWithInvisibleCharacters() throws Exception {
		String id = TestFamilies.idNumber();
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "𠮷".repeat(51), id), "realName",
				"REAL_NAME_LENGTH");
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "张\\u0000三", id), "realName",
				"REAL_NAME_INVALID");
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "张\\u200b三", id), "realName",
				"REAL_NAME_INVALID");
	}

	@Test
	void acceptsNamesOfFiftyCharactersOutsideTheBasicMultilingualPlane() throws Exception {
		String id = TestFamilies.idNumber();
		String name = "𠮷".repeat(50);
		TestFamilies.inRegistry(registry, id, name);
		register(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, name, id)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.realName").value(name));
	}

	@Test
	void refusesIdNumbersThatAreNoRealNumbers() throws Exception {
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "张三", "1234"), "idNumber",
				"ID_FORMAT");
		String february30 = "32049619880230001";
		expectFieldProblem(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "张三",
				february30 + IdNumbers.checkCharacter(february30)), "idNumber", "ID_BIRTH_DATE");
	}

	@Test
	void refusesMalformedJson() throws Exception {
		register("{\"phone\": \"13900000000\", ").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
		register("{\"phone\": {\"nested\": true}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
		register("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
	}

	@Test
	void refusesNameTheRegistryDoesNotConfirm() throws Exception {
		String id = TestFamilies.idNumber();
		TestFamilies.inRegistry(registry, id, "刘洋");

		register(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "刘阳", id))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("REAL_NAME_MISMATCH"))
			.andExpect(jsonPath("$.detail").value("姓名与身份证号未通过实名核验,请核对后重试。"));
	}

	@Test
	void refusesPersonTheRegistryDoesNotKnow() throws Exception {
		register(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "陈晨", TestFamilies.idNumber()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("REAL_NAME_MISMATCH"));
	}

	@Test
	void refusesSecondAccountForPhoneOrPerson() throws Exception {
		String id = TestFamilies.idNumber();
		String phone = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "孙丽");
		register(TestFamilies.accountJson(phone, PASSWORD, "孙丽", id)).andExpect(status().isCreated());

		String other = TestFamilies.idNumber();
		TestFamilies.inRegistry(registry, other, "周强");
		register(TestFamilies.accountJson(phone, PASSWORD, "周强", other)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PHONE_TAKEN"));
		register(TestFamilies.accountJson(TestFamilies.phone(), PASSWORD, "孙丽", id)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ID_NUMBER_TAKEN"));
	}

	private ResultActions register(String json) throws Exception {
		return mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void expectFieldProblem(String json, String field, String code) throws Exception {
		register(json).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

}
