package org.enrollflow.lottery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.enrollflow.account.Caller;
import org.enrollflow.shared.IdNumbers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign with an oversubscribed private school, and confirmed families signed up for it, all
 * made through the application's own API; jobs run and the engine clock moves only when the test
 * says so.
 */
class LotteryScenario {

	static final String ADMIN = "test-admin";
	static final String ADMIN_PASSWORD = "test-admin-password";
	static final String PASSWORD = "parent2027pw";
	static final LocalDate CHILD_BORN = LocalDate.of(2020, 11, 1);
	static final String AREA = "320411";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final MockMvc mvc;
	private final RuntimeService runtime;
	private final ManagementService management;

	final String schoolCode;
	final String streetPrefix;
	final Instant signupOpens;
	final Instant signupCloses;
	final String campaignId;

	LotteryScenario(MockMvc mvc, RuntimeService runtime, ManagementService management, IdentityService identity)
			throws Exception {
		this.mvc = mvc;
		this.runtime = runtime;
		this.management = management;
		int n = COUNTER.incrementAndGet();
		this.schoolCode = "LT" + n;
		this.streetPrefix = "常州市新北区摇号路%d号".formatted(n);
		if (identity.createGroupQuery().groupId(Caller.ADMIN_GROUP).count() == 0) {
			identity.saveGroup(identity.newGroup(Caller.ADMIN_GROUP));
		}
		if (identity.createUserQuery().userId(ADMIN).memberOfGroup(Caller.ADMIN_GROUP).count() == 0) {
			identity.createMembership(ADMIN, Caller.ADMIN_GROUP);
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		this.signupOpens = now.plus(Duration.ofDays(21));
		this.signupCloses = now.plus(Duration.ofDays(25));
		this.campaignId = JsonPath.read(body(admin(post("/api/admin/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "LOT-%s-%d", "name": "常州市 2027 年小学入学", "region": "3204", "path": "GENERAL",
					 "birthDateFrom": "2020-09-01", "birthDateTo": "2021-08-31",
					 "registrationOpens": "%s", "registrationCloses": "%s", "confirmationDeadline": "%s",
					 "confirmationReminderLead": "P2D",
					 "privateSignupOpens": "%s", "privateSignupCloses": "%s", "minContinuousResidenceMonths": 12}
					""".formatted(UUID.randomUUID().toString().substring(0, 8), n, now.minus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(20)), signupOpens, signupCloses)))
			.andExpect(status().isCreated())), "$.id");
		admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "摇号路小学", "type": "PUBLIC", "district": "320411", "seats": 100, "campaignId": "%s"}
				""".formatted(schoolCode, campaignId))).andExpect(status().isCreated());
		importCsv("catchments", "school_code,address_prefix\n%s,%s\n".formatted(schoolCode, streetPrefix));
	}

	/** A private school of the campaign with two seats. */
	String privateSchool() throws Exception {
		String code = "P" + schoolCode + "-" + COUNTER.incrementAndGet();
		return JsonPath.read(body(admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "星辰外国语学校 %s", "type": "PRIVATE", "district": "320411", "seats": 2, "campaignId": "%s"}
				""".formatted(code, code, campaignId)))
			.andExpect(status().isCreated())), "$.id");
	}

	/** A family of the region with a home of its own, with a parent account. */
	Family family(String childName) throws Exception {
		int n = COUNTER.incrementAndGet();
		Family family = new Family(idNumber(LocalDate.of(1986, 3, 1), true), idNumber(LocalDate.of(1988, 5, 1), false),
				idNumber(CHILD_BORN, true), childName, "LH" + n, "16" + "%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000)),
				"苏(2023)常州市不动产权第%07d号".formatted(n), streetPrefix + n + "幢101室");
		importCsv("persons", """
				id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number
				%s,张伟,1986-03-01,%s,320411,,
				%s,李娜,1988-05-01,%s,320411,,
				%s,%s,%s,%s,320411,%s,%s
				""".formatted(family.fatherId, family.householdNumber, family.motherId, family.householdNumber,
				family.childId, childName, CHILD_BORN, family.householdNumber, family.fatherId, family.motherId));
		importCsv("properties", """
				certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on
				%s,%s;%s,%s,320411,RESIDENTIAL,98.50,2019-06-01
				""".formatted(family.certificate, family.fatherId, family.motherId, family.address));
		mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"phone": "%s", "email": "%s@example.org", "password": "%s", "realName": "张伟", "idNumber": "%s"}
				""".formatted(family.phone, family.phone, PASSWORD, family.fatherId))).andExpect(status().isCreated());
		return family;
	}

	/** Applies, submits and confirms a family's case; returns the application's id. */
	String confirmedCase(Family family) throws Exception {
		String id = JsonPath.read(body(parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "%s", "idNumber": "%s"}, "householdNumber": "%s"}
					""".formatted(campaignId, family.childName, family.childId, family.householdNumber)))
			.andExpect(status().isCreated())), "$.id");
		runDueJobs(id);
		parent(family, put("/api/applications/" + id + "/details").contentType(MediaType.APPLICATION_JSON).content("""
				{"guardian1": {"relation": "FATHER"},
				 "guardian2": {"name": "李娜", "idType": "RESIDENT_ID", "idNumber": "%s", "phone": "13900000000", "relation": "MOTHER"},
				 "address": "%s", "property": {"kind": "CERTIFICATE", "number": "%s"}}
				""".formatted(family.motherId, family.address, family.certificate))).andExpect(status().isOk());
		parent(family, post("/api/applications/" + id + "/submit")).andExpect(status().isAccepted());
		runDueJobs(id);
		parent(family, post("/api/applications/" + id + "/confirm"))
			.andExpect(jsonPath("$.status").value("ONSITE_REVIEW_ENDED"));
		return id;
	}

	ResultActions signUp(Family family, String applicationId, String schoolId) throws Exception {
		return parent(family, put("/api/applications/" + applicationId + "/private-school")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\": \"%s\"}".formatted(schoolId)));
	}

	void importCsv(String dataset, String csv) throws Exception {
		admin(post("/api/admin/registry/" + dataset).contentType("text/csv;charset=UTF-8")
			.content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
	}

	ResultActions parent(Family family, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(family.phone, PASSWORD)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

	ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD)));
	}

	/** Runs a case's due jobs (async steps and timers whose time has come) until none is left. */
	void runDueJobs(String applicationId) {
		for (int round = 0; round < 50; round++) {
			List<Job> due = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(applicationId)
				.list()
				.stream()
				.flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list()
					.stream())
				.sorted(java.util.Comparator.comparing(Job::getDuedate,
						java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
				.toList();
			if (due.isEmpty()) {
				return;
			}
			management.executeJob(due.get(0).getId());
		}
	}

	static void moveClockTo(Instant at) {
		ClockUtil.setCurrentTime(java.util.Date.from(at));
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String idNumber(LocalDate birthDate, boolean male) {
		int n = COUNTER.incrementAndGet();
		LocalDate birth = birthDate.plusDays(n / 400);
		String first17 = AREA + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", (n % 400) * 2 + (male ? 1 : 2));
		return first17 + IdNumbers.checkCharacter(first17);
	}

	record Family(String fatherId, String motherId, String childId, String childName, String householdNumber,
			String phone, String certificate, String address) {
	}

}
