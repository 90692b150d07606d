package org.enrollflow.verificationcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.IdNumbers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Parents known to the identity registry and registered through {@code POST /api/accounts}, who ask for
 * codes through the API and read them from their messages, as a family does without an SMS gateway.
 */
final class TestParents {

	static final String PASSWORD = "codes2026pw";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

	private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

	private final MockMvc mvc;

	private final RegistryImports registry;

	TestParents(MockMvc mvc, RegistryImports registry) {
		this.mvc = mvc;
		this.registry = registry;
	}

	Parent register() throws Exception {
		int n = SEQUENCE.incrementAndGet();
		String first17 = "320493" + LocalDate.of(1984, 1, 1).plusDays(n % 5000).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
		String idNumber = first17 + IdNumbers.checkCharacter(first17);
		String phone = "135" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
		assertThat(registry.importCsv("persons", new StringReader(
				"id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n"
						+ idNumber + ",周敏," + IdNumbers.birthDateOf(idNumber).orElseThrow() + ",H0493,320402,,\n"))
			.rejected()).isEmpty();
		String created = mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"phone": "%s", "email": "%s@example.org", "password": "%s", "realName": "周敏", "idNumber": "%s"}"""
			.formatted(phone, phone, PASSWORD, idNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Parent(UUID.fromString(JsonPath.read(created, "$.id")), phone);
	}

	/** Asks for a code, answering in English. */
	ResultActions requestCode(Parent parent, String purpose) throws Exception {
		return mvc.perform(post("/api/verification-codes").with(httpBasic(parent.phone(), PASSWORD))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"%s\"}".formatted(purpose)));
	}

	/** Asks for a code, which must be sent, and reads it from the mail. */
	String sendCode(Parent parent, String purpose) throws Exception {
		requestCode(parent, purpose).andExpect(status().isAccepted());
		return codeIn(latestMail(parent).body());
	}

	/** The parent's newest message. */
	Mail latestMail(Parent parent) throws Exception {
		String messages = mvc.perform(get("/api/messages").with(httpBasic(parent.phone(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> subjects = JsonPath.read(messages, "$[*].subject");
		assertThat(subjects).isNotEmpty();
		return new Mail(JsonPath.read(messages, "$[0].subject"), JsonPath.read(messages, "$[0].body"), subjects.size());
	}

	/** The one six-digit number in a text. */
	static String codeIn(String text) {
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a six-digit code in %s", text).isTrue();
		String code = matcher.group();
		while (matcher.find()) {
			assertThat(matcher.group()).isEqualTo(code);
		}
		return code;
	}

	/** Another six-digit code than the one given. */
	static String otherThan(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
	}

	record Parent(UUID id, String phone) {
	}

	/** @param count how many messages the parent has */
	record Mail(String subject, String body, int count) {
	}

}
