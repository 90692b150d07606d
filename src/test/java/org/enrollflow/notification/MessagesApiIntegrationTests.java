package org.enrollflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@EnrollFlowIntegrationTest
class MessagesApiIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Instant NOW = Instant.parse("2026-07-10T02:00:00Z");

	private static final String PASSWORD = "messages2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void showsParentsTheirOwnMessagesNewestFirst() throws Exception {
		Parent mother = register("陈𠮷");
		Parent neighbour = register("林芳");
		UUID application = UUID.randomUUID();

		ClockUtil.setCurrentTime(Date.from(NOW));
		send(new OutgoingMail(mother.id(), application, "mother@example.com", "绑定成功", "张𠮷同学已绑定。"));
		delivery.deliverDue();
		ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(60)));
		send(new OutgoingMail(mother.id(), application, "mother@example.com", "核验未通过",
				"子女身份证号 320402201601011234 与户籍不一致。"));
		send(new OutgoingMail(neighbour.id(), null, "neighbour@example.com", "邻居的通知", "不属于陈𠮷。"));

		mvc.perform(get("/api/messages").with(httpBasic(mother.phone(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].length()").value(6))
			.andExpect(jsonPath("$[0].id").isNotEmpty())
			.andExpect(jsonPath("$[0].applicationId").value(application.toString()))
			.andExpect(jsonPath("$[0].subject").value("核验未通过"))
			.andExpect(jsonPath("$[0].body").value("子女身份证号 320402********1234 与户籍不一致。"))
			.andExpect(jsonPath("$[0].createdAt").value("2026-07-10T02:01:00Z"))
			.andExpect(jsonPath("$[0].delivered").value(false))
			.andExpect(jsonPath("$[1].subject").value("绑定成功"))
			.andExpect(jsonPath("$[1].body").value("张𠮷同学已绑定。"))
			.andExpect(jsonPath("$[1].createdAt").value("2026-07-10T02:00:00Z"))
			.andExpect(jsonPath("$[1].delivered").value(true));

		mvc.perform(get("/api/messages").with(httpBasic(neighbour.phone(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].subject").value("邻居的通知"))
			.andExpect(jsonPath("$[0].applicationId").doesNotExist());
	}

	@Test
	void showsStaffNoMessages() throws Exception {
		mvc.perform(get("/api/messages").with(user("reviewer-1").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(get("/api/messages")).andExpect(status().isUnauthorized());
	}

	private void send(OutgoingMail mail) {
		transaction.executeWithoutResult(status -> notifications.send(mail));
	}

	/** A parent known to the identity registry, registered through the API. */
	private Parent register(String name) throws Exception {
		String first17 = "320498" + LocalDate.of(1985, 1, 1)
			.plusDays(ThreadLocalRandom.current().nextInt(3000))
			.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
		String idNumber = first17 + IdNumbers.checkCharacter(first17);
		String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
		assertThat(registry.importCsv("persons", new StringReader(
				"id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n"
						+ idNumber + "," + name + "," + IdNumbers.birthDateOf(idNumber).orElseThrow() + ",H0498,320402,,\n"))
			.rejected()).isEmpty();
		String created = mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"phone": "%s", "email": "parent@example.com", "password": "%s", "realName": "%s", "idNumber": "%s"}"""
			.formatted(phone, PASSWORD, name, idNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Parent(UUID.fromString(JsonPath.read(created, "$.id")), phone);
	}

	private record Parent(UUID id, String phone) {
	}

}
