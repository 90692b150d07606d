package org.enrollflow.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.enrollflow.account.Caller;
import org.enrollflow.application.GeneralEnrollmentProcess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sets up what a case needs through the application's own API (a campaign, schools, registry
 * records, a parent account) and drives the engine the way a test must: jobs run and the clock
 * moves only when the test says so.
 */
public class EnrollmentScenario {

	public static final String ADMIN = "test-admin";
	public static final String ADMIN_PASSWORD = "test-admin-password";
	public static final String PASSWORD = "parent2027pw";
	public static final LocalDate CHILD_BORN = LocalDate.of(2020, 10, 1);

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final MockMvc mvc;
	private final RuntimeService runtime;
	private final ManagementService management;
	private final TaskService tasks;

	public final String region;
	public final String schoolCode;
	public final String streetPrefix;
	public String campaignId;
	public String schoolId;
	public Instant signupOpens;
	public Instant signupCloses;

	public EnrollmentScenario(MockMvc mvc, RuntimeService runtime, ManagementService management, TaskService tasks,
			IdentityService identity) throws Exception {
		this.mvc = mvc;
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		int n = COUNTER.incrementAndGet();
		this.region = "3204";
		this.schoolCode = "TS" + n;
		this.streetPrefix = "常州市天宁区青洋路%d号".formatted(n);
		if (identity.createGroupQuery().groupId(Caller.ADMIN_GROUP).count() == 0) {
			identity.saveGroup(identity.newGroup(Caller.ADMIN_GROUP));
		}
		if (identity.createUserQuery().userId(ADMIN).memberOfGroup(Caller.ADMIN_GROUP).count() == 0) {
			identity.createMembership(ADMIN, Caller.ADMIN_GROUP);
		}
		Instant now = ClockUtil.getCurrentTime().toInstant();
		this.signupOpens = now.plus(Duration.ofDays(21));
		this.signupCloses = now.plus(Duration.ofDays(25));
		this.campaignId = JsonPath.read(admin(post("/api/admin/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "GEN-%s-%d", "name": "常州市 2027 年小学入学", "region": "%s", "path": "GENERAL",
					 "birthDateFrom": "2020-09-01", "birthDateTo": "2021-08-31",
					 "registrationOpens": "%s", "registrationCloses": "%s", "confirmationDeadline": "%s",
					 "confirmationReminderLead": "P2D",
					 "privateSignupOpens": "%s", "privateSignupCloses": "%s", "minContinuousResidenceMonths": 12}
					""".formatted(UUID.randomUUID().toString().substring(0, 8), n, region, now.minus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(20)), signupOpens, signupCloses)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		this.schoolId = JsonPath.read(admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "青洋实验小学", "type": "PUBLIC", "district": "320402", "seats": 100, "campaignId": "%s"}
				""".formatted(schoolCode, campaignId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		importCsv("catchments", "school_code,address_prefix\n%s,%s\n".formatted(schoolCode, streetPrefix));
	}

	/** A family of the region: father applying, mother, child, a family-independent property. */
	public Family localFamily(String childName) throws Exception {
		return localFamily(childName, true);
	}

	/** A family of the region, with or without a home of its own in the property registry. */
	public Family localFamily(String childName, boolean ownsProperty) throws Exception {
		int n = COUNTER.incrementAndGet();
		Family family = new Family(TestIdNumbers.next("320402", LocalDate.of(1986, 3, 1), true),
				TestIdNumbers.next("320402", LocalDate.of(1988, 5, 1), false),
				TestIdNumbers.next("320402", CHILD_BORN, true), childName, "HH" + n, uniquePhone(),
				"苏(2022)常州市不动产权第%07d号".formatted(n), streetPrefix + n + "幢101室");
		importCsv("persons", """
				id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number
				%s,张伟,%s,%s,320402,,
				%s,李娜,%s,%s,320402,,
				%s,%s,%s,%s,320402,%s,%s
				""".formatted(family.fatherId, born(family.fatherId), family.householdNumber, family.motherId,
				born(family.motherId), family.householdNumber, family.childId, childName, born(family.childId),
				family.householdNumber, family.fatherId, family.motherId));
		if (ownsProperty) {
			importCsv("properties", """
				certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on
				%s,%s;%s,%s,320402,RESIDENTIAL,98.50,2019-06-01
				""".formatted(family.certificate, family.fatherId, family.motherId, family.address));
		}
		createAccount(family.phone, "张伟", family.fatherId);
		return family;
	}

	/** A private school of the scenario's campaign. */
	public String privateSchool(String code) throws Exception {
		return JsonPath.read(admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "星辰外国语学校 %s", "type": "PRIVATE", "district": "320402", "seats": 2, "campaignId": "%s"}
				""".formatted(code, code, campaignId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	/** An on-site review slot of the scenario's school, starting that many days from the engine's now. */
	public String slot(int daysAhead, int capacity) throws Exception {
		Instant start = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(daysAhead));
		return JsonPath.read(admin(post("/api/admin/schools/" + schoolId + "/slots").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start": "%s", "end": "%s", "place": "青洋实验小学 报告厅", "capacity": %d}
					""".formatted(start, start.plus(Duration.ofHours(1)), capacity)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	/** A local family's case confirmed without on-site review: bound, details verified, confirmed. */
	public String confirmedCase(Family family) throws Exception {
		String id = apply(family, "LOCAL");
		runDueJobs(id);
		saveDetails(family, id, "FATHER", family.certificate).andExpect(status().isOk());
		action(family, id, "submit").andExpect(status().isAccepted());
		runDueJobs(id);
		action(family, id, "confirm").andExpect(status().isOk());
		return id;
	}

	public ResultActions signUpPrivate(Family family, String applicationId, String schoolId) throws Exception {
		return parent(family, put("/api/applications/" + applicationId + "/private-school").contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\": \"%s\"}".formatted(schoolId)));
	}

	public static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public ResultActions book(Family family, String applicationId, String slotId) throws Exception {
		return parent(family, put("/api/applications/" + applicationId + "/appointment").contentType(MediaType.APPLICATION_JSON)
			.content("{\"slotId\": \"%s\"}".formatted(slotId)));
	}

	public void importCsv(String dataset, String csv) throws Exception {
		admin(post("/api/admin/registry/" + dataset).contentType("text/csv;charset=UTF-8")
			.content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
	}

	public void createAccount(String phone, String realName, String idNumber) throws Exception {
		mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"phone": "%s", "email": "%s@example.org", "password": "%s", "realName": "%s", "idNumber": "%s"}
				""".formatted(phone, phone, PASSWORD, realName, idNumber))).andExpect(status().isCreated());
	}

	public String apply(Family family, String householdType) throws Exception {
		String body = parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "%s", "child": {"name": "%s", "idNumber": "%s"}, "householdNumber": "%s"}
				""".formatted(campaignId, householdType, family.childName, family.childId, family.householdNumber)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.id");
	}

	public ResultActions saveDetails(Family family, String applicationId, String relation, String certificate)
			throws Exception {
		return parent(family, put("/api/applications/" + applicationId + "/details").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"guardian1": {"relation": "%s"},
					 "guardian2": {"name": "李娜", "idType": "RESIDENT_ID", "idNumber": "%s", "phone": "13900000000", "relation": "MOTHER"},
					 "address": "%s", "property": {"kind": "CERTIFICATE", "number": "%s"}}
					""".formatted(relation, family.motherId, family.address, certificate)));
	}

	public ResultActions action(Family family, String applicationId, String action) throws Exception {
		return parent(family, post("/api/applications/" + applicationId + "/" + action));
	}

	public String statusOf(Family family, String applicationId) throws Exception {
		return JsonPath.read(read(family, applicationId), "$.status");
	}

	public String read(Family family, String applicationId) throws Exception {
		return parent(family, get("/api/applications/" + applicationId)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	public ResultActions parent(Family family, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(family.phone, PASSWORD)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

	public ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD)));
	}

	public void moveCampaignDate(String field, Instant at) throws Exception {
		admin(patch("/api/admin/campaigns/" + campaignId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"%s\": \"%s\"}".formatted(field, at))).andExpect(status().isOk());
	}

	/** The case's general enrollment process instance (the signup window runs in a called one). */
	public ProcessInstance process(String applicationId) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey(GeneralEnrollmentProcess.PROCESS_KEY)
			.singleResult();
	}

	/** Runs the case's due jobs (async steps and timers whose time has come) until none is left. */
	public void runDueJobs(String applicationId) {
		for (int round = 0; round < 50; round++) {
			List<Job> due = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(applicationId)
				.list()
				.stream()
				.flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list()
					.stream())
				.sorted(java.util.Comparator.comparing(Job::getDuedate, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
				.toList();
			if (due.isEmpty()) {
				return;
			}
			management.executeJob(due.get(0).getId());
		}
	}

	public List<Job> timers(String applicationId) {
		ProcessInstance instance = process(applicationId);
		return instance == null ? List.of()
				: management.createJobQuery().processInstanceId(instance.getId()).timers().list();
	}

	public Task task(String applicationId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
	}

	public static void moveClockTo(Instant at) {
		ClockUtil.setCurrentTime(java.util.Date.from(at));
	}

	/** The birth date an ID number holds, as the registry must record it. */
	public static LocalDate born(String idNumber) {
		return org.enrollflow.shared.IdNumbers.birthDateOf(idNumber).orElseThrow();
	}

	/** A mobile number no other test is likely to hold: the tests share one database. */
	public static String uniquePhone() {
		return "15" + "%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
	}

	public record Family(String fatherId, String motherId, String childId, String childName, String householdNumber,
			String phone, String certificate, String address) {
	}

}
