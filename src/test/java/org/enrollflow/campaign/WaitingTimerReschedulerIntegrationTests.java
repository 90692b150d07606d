package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.enrollflow.campaign.CampaignFixtures.campaign;
import static org.enrollflow.campaign.CampaignFixtures.uniqueCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@EnrollFlowIntegrationTest
@WithMockUser(roles = "ADMIN")
class WaitingTimerReschedulerIntegrationTests {

	private static final String PROCESS_KEY = "CampaignTimersTestProcess";

	private static final String DEADLINE_TIMER = "Timer_ConfirmationDeadline";

	private static final String REMINDER_TIMER = "Timer_ConfirmationReminder";

	private static final String HOURLY_TIMER = "Timer_Hourly";

	private static final Instant DEADLINE = Instant.parse("2031-05-25T16:00:00Z");

	private static final Instant NEW_DEADLINE = Instant.parse("2031-05-28T16:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private RepositoryService repositoryService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private IdentityService identityService;

	@Autowired
	private CampaignDates campaignDates;

	private String deploymentId;

	@BeforeEach
	void deployProcessWaitingForConfirmation() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_AwaitConfirmation")
			.boundaryEvent(DEADLINE_TIMER)
			.timerWithDate("${campaignDates.confirmationDeadline(campaignId)}")
			.endEvent()
			.moveToActivity("Task_AwaitConfirmation")
			.boundaryEvent(REMINDER_TIMER)
			.cancelActivity(false)
			.timerWithDate("${campaignDates.confirmationReminder(campaignId)}")
			.endEvent()
			.moveToActivity("Task_AwaitConfirmation")
			.boundaryEvent(HOURLY_TIMER)
			.cancelActivity(false)
			.timerWithDuration("PT1H")
			.endEvent()
			.moveToActivity("Task_AwaitConfirmation")
			.endEvent()
			.done();
		deploymentId = repositoryService.createDeployment()
			.addModelInstance("campaign-timers-test.bpmn", model)
			.deploy()
			.getId();
	}

	@AfterEach
	void undeploy() {
		repositoryService.deleteDeployment(deploymentId, true);
		ClockUtil.reset();
	}

	@Test
	void movesDateTimersToTheNewDatesAndLeavesDurationTimersAlone() throws Exception {
		Instant started = Instant.parse("2031-05-10T02:00:00Z");
		ClockUtil.setCurrentTime(Date.from(started));
		UUID campaignId = createCampaign();
		String instance = start(campaignId);
		assertThat(dueOf(instance, DEADLINE_TIMER)).isEqualTo(DEADLINE);
		assertThat(dueOf(instance, REMINDER_TIMER)).isEqualTo(DEADLINE.minus(Duration.ofDays(2)));
		assertThat(dueOf(instance, HOURLY_TIMER)).isEqualTo(started.plus(Duration.ofHours(1)));

		ClockUtil.setCurrentTime(Date.from(started.plus(Duration.ofMinutes(10))));
		patchCampaign(campaignId, Map.of("confirmationDeadline", NEW_DEADLINE.toString(), "confirmationReminderLead", "P1D"));

		assertThat(dueOf(instance, DEADLINE_TIMER)).isEqualTo(NEW_DEADLINE);
		assertThat(dueOf(instance, REMINDER_TIMER)).isEqualTo(NEW_DEADLINE.minus(Duration.ofDays(1)));
		assertThat(dueOf(instance, HOURLY_TIMER)).isEqualTo(started.plus(Duration.ofHours(1)));
	}

	@Test
	void movesTheTimersOfEveryInstanceOfTheCampaignAndNoOther() throws Exception {
		UUID campaignId = createCampaign();
		UUID otherCampaignId = createCampaign();
		List<String> instances = IntStream.rangeClosed(0, WaitingTimerRescheduler.PAGE_SIZE)
			.mapToObj(i -> start(campaignId))
			.toList();
		String otherInstance = start(otherCampaignId);

		patchCampaign(campaignId, Map.of("confirmationDeadline", NEW_DEADLINE.toString()));

		assertThat(instances).allSatisfy(instance -> assertThat(dueOf(instance, DEADLINE_TIMER)).isEqualTo(NEW_DEADLINE));
		assertThat(dueOf(otherInstance, DEADLINE_TIMER)).isEqualTo(DEADLINE);
	}

	@Test
	void movesTimersWhateverTheEngineUserMayRead() throws Exception {
		UUID campaignId = createCampaign();
		String instance = start(campaignId);

		identityService.setAuthentication("reader-of-nothing", List.of());
		try {
			patchCampaign(campaignId, Map.of("confirmationDeadline", NEW_DEADLINE.toString()));
			assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("reader-of-nothing");
		}
		finally {
			identityService.clearAuthentication();
		}

		assertThat(dueOf(instance, DEADLINE_TIMER)).isEqualTo(NEW_DEADLINE);
	}

	@Test
	void timerDatesAreTheCampaignsDatesAsTheyStand() throws Exception {
		UUID campaignId = createCampaign();

		assertThat(campaignDates.registrationCloses(campaignId.toString()))
			.isEqualTo(Date.from(Instant.parse("2031-05-20T16:00:00Z")));
		patchCampaign(campaignId, Map.of("confirmationDeadline", NEW_DEADLINE.toString(), "confirmationReminderLead", "PT6H"));

		assertThat(campaignDates.confirmationDeadline(campaignId.toString())).isEqualTo(Date.from(NEW_DEADLINE));
		assertThat(campaignDates.confirmationReminder(campaignId.toString()))
			.isEqualTo(Date.from(NEW_DEADLINE.minus(Duration.ofHours(6))));
	}

	@Test
	void timerDatesOfAnUnknownCampaignAreAnError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> campaignDates.confirmationDeadline(UUID.randomUUID().toString()));
	}

	private String start(UUID campaignId) {
		return runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of("campaignId", campaignId.toString())).getId();
	}

	private Job timer(String processInstanceId, String activityId) {
		return managementService.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.singleResult();
	}

	private Instant dueOf(String processInstanceId, String activityId) {
		return timer(processInstanceId, activityId).getDuedate().toInstant();
	}

	private UUID createCampaign() throws Exception {
		MvcResult result = mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(campaign(uniqueCode("CZ")))))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(json.readTree(result.getResponse().getContentAsString()).get("id").asText());
	}

	private void patchCampaign(UUID campaignId, Map<String, Object> changes) throws Exception {
		mvc.perform(patch("/api/admin/campaigns/{id}", campaignId).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(changes)))
			.andExpect(status().isOk());
	}

}
