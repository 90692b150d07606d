package org.enrollflow.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.enrollflow.application.PointsAdmissionProcess;
import org.enrollflow.document.DocumentSamples;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A points-path campaign (积分入学) of district {@value #DISTRICT} with its registry facts, and the
 * steps of a registration through the API and the auditors' tasks. Builds on
 * {@link EnrollmentScenario} for accounts, registry imports and jobs.
 */
public class PointsScenario {

	public static final String DISTRICT = "350212";
	public static final String OTHER_DISTRICT = "350213";
	public static final LocalDate PERMIT_SINCE = LocalDate.of(2021, 3, 1);

	private static final AtomicInteger COUNTER = new AtomicInteger();
	private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

	private final EnrollmentScenario base;
	private final RuntimeService runtime;
	private final ManagementService management;
	private final TaskService tasks;

	public final String campaignId;
	public final Instant registrationCloses;
	public final Instant modificationCloses;
	public final Instant recheckCloses;
	/** The public school of {@link #DISTRICT}, with a hundred seats. */
	public final String schoolId;

	public PointsScenario(EnrollmentScenario base, RuntimeService runtime, ManagementService management,
			TaskService tasks) throws Exception {
		this.base = base;
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		int n = COUNTER.incrementAndGet();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		this.registrationCloses = now.plus(Duration.ofDays(10));
		this.modificationCloses = now.plus(Duration.ofDays(15));
		this.recheckCloses = now.plus(Duration.ofDays(20));
		this.campaignId = JsonPath.read(EnrollmentScenario.body(base.admin(post("/api/admin/campaigns")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "PTS-%s-%d", "name": "同安区 2027 年积分入学", "region": "3502", "path": "POINTS",
					 "birthDateFrom": "2020-09-01", "birthDateTo": "2021-08-31",
					 "registrationOpens": "%s", "registrationCloses": "%s", "confirmationDeadline": "%s",
					 "privateSignupOpens": "%s", "privateSignupCloses": "%s", "minContinuousResidenceMonths": 12,
					 "modificationCloses": "%s", "recheckCloses": "%s"}
					""".formatted(UUID.randomUUID().toString().substring(0, 8), n, now.minus(Duration.ofDays(1)),
					registrationCloses, registrationCloses, now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(35)),
					modificationCloses, recheckCloses)))
			.andExpect(status().isCreated())), "$.id");
		List<String> schools = new java.util.ArrayList<>();
		for (String district : List.of(DISTRICT, OTHER_DISTRICT)) {
			schools.add(JsonPath.read(EnrollmentScenario.body(base.admin(post("/api/admin/schools")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "PT%d%s", "name": "同安区实验小学", "type": "PUBLIC", "district": "%s", "seats": 100, "campaignId": "%s"}
						""".formatted(n, district.substring(4), district, campaignId)))
				.andExpect(status().isCreated())), "$.id"));
		}
		this.schoolId = schools.get(0);
	}

	/**
	 * A migrant family living in the district: father (the account holder, residence permit since
	 * {@link #PERMIT_SINCE}, 36 months of social insurance), mother (12 months), children in the
	 * father's household booklet, a home they own in the district. {@code disabledChild} holds a
	 * disability certificate of type HEARING, or -1 for none.
	 */
	public Family family(List<String> childNames, int disabledChild) throws Exception {
		int n = COUNTER.incrementAndGet();
		String father = TestIdNumbers.next("340103", LocalDate.of(1987, 4, 1), true);
		String mother = TestIdNumbers.next("340103", LocalDate.of(1989, 6, 1), false);
		String household = "AH" + n;
		List<String> children = childNames.stream()
			.map(name -> TestIdNumbers.next("340103", EnrollmentScenario.CHILD_BORN, true))
			.toList();
		StringBuilder persons = new StringBuilder(
				"id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n");
		persons.append("%s,林建国,%s,%s,340103,,\n".formatted(father, EnrollmentScenario.born(father), household));
		persons.append("%s,黄美玲,%s,%s,340103,,\n".formatted(mother, EnrollmentScenario.born(mother), household));
		for (int i = 0; i < children.size(); i++) {
			persons.append("%s,%s,%s,%s,340103,%s,%s\n".formatted(children.get(i), childNames.get(i),
					EnrollmentScenario.born(children.get(i)), household, father, mother));
		}
		base.importCsv("persons", persons.toString());
		base.importCsv("residence-permits", "holder_id_number,permit_number,region,residence_since\n%s,JZ%d,%s,%s\n"
			.formatted(father, n, DISTRICT, PERMIT_SINCE));
		base.importCsv("social-insurance", "id_number,region,months\n%s,%s,36\n%s,%s,12\n".formatted(father, DISTRICT,
				mother, DISTRICT));
		String certificate = "闽(2023)厦门市不动产权第%07d号".formatted(n);
		base.importCsv("properties", """
				certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on
				%s,%s;%s,厦门市同安区祥平街道%d号,%s,RESIDENTIAL,89.00,2023-05-18
				""".formatted(certificate, father, mother, n, DISTRICT));
		String disability = disabledChild < 0 ? null : "DC%08d".formatted(n);
		if (disability != null) {
			base.importCsv("disabilities", "certificate_number,holder_id_number,types\n%s,%s,HEARING\n"
				.formatted(disability, children.get(disabledChild)));
		}
		String phone = EnrollmentScenario.uniquePhone();
		base.createAccount(phone, "林建国", father);
		return new Family(father, mother, children, childNames, phone, certificate, disability, disabledChild);
	}

	public Family family(String childName) throws Exception {
		return family(List.of(childName), -1);
	}

	public ResultActions register(Family family, String district, int child) throws Exception {
		return parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "NON_LOCAL", "district": "%s", "noticeConsent": true,
				 "child": {"name": "%s", "idNumber": "%s"}}
				""".formatted(campaignId, district, family.childNames.get(child), family.children.get(child))));
	}

	/** A new draft in the district for the family's first child. */
	public String draft(Family family) throws Exception {
		return JsonPath.read(EnrollmentScenario.body(register(family, DISTRICT, 0).andExpect(status().isCreated())),
				"$.id");
	}

	/** Every entry of a relation-case-1 registration: both parents, all children, the home certificate. */
	public ResultActions completeDetails(Family family, String id) throws Exception {
		return details(family, id, detailsJson(family, 1, "CERTIFICATE", family.certificate));
	}

	public String detailsJson(Family family, int relationCase, String housingKind, String housingNumber) {
		StringBuilder children = new StringBuilder();
		for (int i = 0; i < family.children.size(); i++) {
			String disability = i == family.disabledChild
					? ", \"disability\": {\"types\": [\"HEARING\"], \"certificateNumber\": \"%s\"}".formatted(family.disability)
					: "";
			children.append(i == 0 ? "" : ",")
				.append("{\"name\": \"%s\", \"idNumber\": \"%s\"%s}".formatted(family.childNames.get(i),
						family.children.get(i), disability));
		}
		return """
				{"guardian1": {"relation": "FATHER"},
				 "guardian2": {"name": "黄美玲", "idType": "RESIDENT_ID", "idNumber": "%s", "phone": "13900000000", "relation": "MOTHER"},
				 "address": "厦门市同安区祥平街道", "property": {"kind": "%s"%s},
				 "children": [%s], "parentChildCase": %d}
				""".formatted(family.mother, housingKind,
				housingNumber == null ? "" : ", \"number\": \"%s\"".formatted(housingNumber), children, relationCase);
	}

	public ResultActions details(Family family, String id, String json) throws Exception {
		return parent(family, put("/api/applications/" + id + "/details").contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	public ResultActions upload(Family family, String id, String type) throws Exception {
		return parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", type.toLowerCase() + ".png", "image/png", DocumentSamples.png()))
			.param("type", type));
	}

	/** Asks for a verification code and reads it from the family's newest message. */
	public String code(Family family, String purpose) throws Exception {
		parent(family, post("/api/verification-codes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"%s\"}".formatted(purpose))).andExpect(status().isAccepted());
		String messages = EnrollmentScenario.body(parent(family, get("/api/messages")).andExpect(status().isOk()));
		Matcher matcher = CODE.matcher(JsonPath.<String>read(messages, "$[0].body"));
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

	public ResultActions submit(Family family, String id) throws Exception {
		return submit(family, id, code(family, "SUBMIT"));
	}

	public ResultActions submit(Family family, String id, String code) throws Exception {
		return parent(family, post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content("{\"declarationConsent\": true, \"verificationCode\": \"%s\"}".formatted(code)));
	}

	/** Registers, completes and submits; the registry checks have run and the audits wait. */
	public String underReview(Family family) throws Exception {
		String id = draft(family);
		completeDetails(family, id).andExpect(status().isOk());
		if (family.disabledChild >= 0) {
			upload(family, id, "DISABILITY_PROOF").andExpect(status().isCreated());
		}
		submit(family, id).andExpect(status().isAccepted());
		base.runDueJobs(id);
		assertThat(base.statusOf(family.asFamily(), id)).isEqualTo("UNDER_REVIEW");
		return id;
	}

	/** Every open audit of the case approved, the family planning item confirmed. */
	public String reviewed(Family family) throws Exception {
		String id = underReview(family);
		approveAudits(id);
		return id;
	}

	public void approveAudits(String applicationId) {
		for (Task task : openTasks(applicationId)) {
			complete(task, "APPROVE", null, Map.of(PointsAdmissionProcess.VAR_FAMILY_PLANNING_COMPLIANT, true));
		}
	}

	public List<Task> openTasks(String applicationId) {
		return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).orderByTaskName().asc().list();
	}

	public Task task(String applicationId, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(taskKey).singleResult();
	}

	public void complete(Task task, String outcome, String comment, Map<String, Object> more) {
		java.util.Map<String, Object> variables = new java.util.HashMap<>(more);
		variables.put("reviewOutcome", outcome);
		if (comment != null) {
			variables.put("reviewComment", comment);
		}
		tasks.complete(task.getId(), variables);
	}

	public ResultActions request(Family family, String id, String kind, String reason) throws Exception {
		return parent(family, post("/api/applications/" + id + "/" + kind).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"%s\"}".formatted(reason)));
	}

	public ResultActions withdraw(Family family, String id) throws Exception {
		return parent(family, post("/api/applications/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"改去其他区报名\", \"verificationCode\": \"%s\"}".formatted(code(family, "WITHDRAW"))));
	}

	public ProcessInstance process(String applicationId) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey(PointsAdmissionProcess.PROCESS_KEY)
			.singleResult();
	}

	public List<Job> timers(String applicationId) {
		ProcessInstance instance = process(applicationId);
		return instance == null ? List.of()
				: management.createJobQuery().processInstanceId(instance.getId()).timers().list();
	}

	public ResultActions parent(Family family, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return base.parent(family.asFamily(), request);
	}

	public String read(Family family, String id) throws Exception {
		return base.read(family.asFamily(), id);
	}

	public String statusOf(Family family, String id) throws Exception {
		return base.statusOf(family.asFamily(), id);
	}

	public void runDueJobs(String id) {
		base.runDueJobs(id);
	}

	public String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * @param disabledChild the index of the child with a disability certificate, or -1
	 */
	public record Family(String father, String mother, List<String> children, List<String> childNames, String phone,
			String certificate, String disability, int disabledChild) {

		EnrollmentScenario.Family asFamily() {
			return new EnrollmentScenario.Family(father, mother, children.get(0), childNames.get(0), null, phone,
					certificate, null);
		}

	}

}
