package org.enrollflow.review;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.PointsAdmissionProcess;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.application.PointsFindings;
import org.enrollflow.application.PropertyKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The points path's six forms, deployed with its process model, each showing only what
 * {@code pointsAuditFormFacts} puts on the task (or the family's {@code requestReason}), and the demo
 * auditor of its district.
 */
@EnrollFlowIntegrationTest
class PointsAuditFormsIntegrationTests {

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngineConfiguration engineConfiguration;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	FilterService filters;

	@Autowired
	ReviewerGroups reviewerGroups;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@CsvSource({ "IdentityRelationAuditForm, forms/identity-relation-audit.form",
			"HousingAuditForm, forms/housing-audit.form", "DisabilityAuditForm, forms/disability-audit.form",
			"SocialInsuranceAuditForm, forms/social-insurance-audit.form",
			"ModificationDecisionForm, forms/modification-decision.form",
			"RecheckDecisionForm, forms/recheck-decision.form" })
	void deploysEachFormWithThePointsProcessAndAsksToApproveOrReject(String formId, String path) throws Exception {
		CamundaFormDefinitionEntity definition = ((ProcessEngineConfigurationImpl) engineConfiguration)
			.getCommandExecutorTxRequired()
			.execute(commandContext -> commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId));
		assertThat(definition).as("form %s is deployed", formId).isNotNull();
		assertThat(definition.getResourceName()).endsWith(path);
		String processDeployment = repository.createProcessDefinitionQuery()
			.processDefinitionKey(PointsAdmissionProcess.PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		assertThat(definition.getDeploymentId()).as("bound by deployment").isEqualTo(processDeployment);

		JsonNode form;
		try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(),
				definition.getResourceName())) {
			form = json.readTree(in);
		}
		assertThat(form.path("id").asText()).isEqualTo(formId);
		assertThat(form.path("type").asText()).isEqualTo("default");
		assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);

		JsonNode outcome = component(form, PointsAdmissionProcess.VAR_REVIEW_OUTCOME);
		assertThat(outcome.path("type").asText()).isIn("radio", "select");
		assertThat(outcome.path("validate").path("required").asBoolean()).isTrue();
		List<String> outcomes = new ArrayList<>();
		outcome.path("values").forEach(value -> {
			outcomes.add(value.path("value").asText());
			assertThat(value.path("label").asText()).matches(".*\\p{IsHan}.*[A-Za-z].*");
		});
		assertThat(outcomes).containsExactly("APPROVE", "REJECT");

		JsonNode comment = component(form, PointsAdmissionProcess.VAR_REVIEW_COMMENT);
		assertThat(comment.path("type").asText()).isEqualTo("textarea");
		assertThat(comment.path("disabled").asBoolean()).isFalse();
		assertThat(comment.path("validate").path("required").asBoolean()).isTrue();
		assertThat(comment.path("conditional").path("hide").asText()).isEqualTo("=reviewOutcome = \"APPROVE\"");
	}

	@ParameterizedTest
	@CsvSource({ "forms/identity-relation-audit.form", "forms/housing-audit.form", "forms/disability-audit.form",
			"forms/social-insurance-audit.form", "forms/modification-decision.form", "forms/recheck-decision.form" })
	void showsReadOnlyOnlyWhatTheListenerPutsOnTheTask(String path) throws Exception {
		Set<String> shown = new java.util.HashSet<>(listenerVariables().keySet());
		shown.add(PointsAdmissionProcess.VAR_REQUEST_REASON);
		JsonNode form = form(path);

		List<String> readOnly = new ArrayList<>();
		List<String> templated = new ArrayList<>();
		for (JsonNode component : form.path("components")) {
			assertThat(component.path("id").asText()).isNotBlank();
			if (component.has("label")) {
				assertThat(component.path("label").asText()).as("bilingual label").matches(".*\\p{IsHan}.*[A-Za-z].*");
			}
			if (component.path("disabled").asBoolean()) {
				readOnly.add(component.path("key").asText());
			}
			Matcher matcher = TEMPLATE.matcher(component.path("text").asText());
			while (matcher.find()) {
				templated.add(matcher.group(1));
			}
		}
		assertThat(readOnly).isNotEmpty().allSatisfy(key -> assertThat(shown).contains(key));
		assertThat(templated).as("document links").hasSize(1).allSatisfy(key -> assertThat(shown).contains(key));
		assertThat(form.path("components").findValuesAsText("type")).doesNotContain("filepicker");
	}

	@Test
	void letsTheAuditorTickFamilyPlanningComplianceOnTheIdentityForm() throws Exception {
		JsonNode checkbox = component(form("forms/identity-relation-audit.form"),
				PointsAdmissionProcess.VAR_FAMILY_PLANNING_COMPLIANT);

		assertThat(checkbox.path("type").asText()).isEqualTo("checkbox");
		assertThat(checkbox.path("disabled").asBoolean()).isFalse();
		assertThat(checkbox.path("defaultValue").isBoolean()).isTrue();
	}

	@Test
	void offersTheListenerTheProcessModelNames() {
		assertThat(context.getBean("pointsAuditFormFacts")).isInstanceOf(TaskListener.class);
	}

	@Test
	@Transactional
	void createsTheDemoAuditorOfTonganWithTasklistAndTheDistrictsFilter() {
		new DemoStaff(identity, reviewerGroups).createDistrictAuditors();
		new DemoStaff(identity, reviewerGroups).createDistrictAuditors();

		assertThat(identity.checkPassword("auditor-350212", "demo")).isTrue();
		assertThat(identity.createGroupQuery().groupMember("auditor-350212").list())
			.extracting(group -> group.getId())
			.containsExactly("district-350212");
		assertThat(granted(Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS)).isTrue();
		assertThat(granted(Resources.PROCESS_DEFINITION, "*").isPermissionGranted(Permissions.READ)).isTrue();
		Filter filter = filters.createFilterQuery().filterName("区县待办 350212").singleResult();
		assertThat(granted(Resources.FILTER, filter.getId()).isPermissionGranted(Permissions.READ)).isTrue();
	}

	private Authorization granted(Resources resource, String resourceId) {
		return authorizations.createAuthorizationQuery()
			.groupIdIn("district-350212")
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
	}

	private VariableMap listenerVariables() {
		PointsAuditFormFacts listener = context.getBean("pointsAuditFormFacts", PointsAuditFormFacts.class);
		PointsCaseFacts facts = new PointsCaseFacts(UUID.randomUUID(), UUID.randomUUID(), "350212", "陈大明",
				"350212198801010011", "FATHER", new Guardian("林小红", "PASSPORT", "E12345678", "13900000000", "MOTHER"),
				List.of(new PointsCaseFacts.Child("陈安", "350212202003150031", List.of("VISUAL"), "35021220200315003112")),
				1, "厦门市同安区城南路1号", PropertyKind.CERTIFICATE, "闽(2024)厦门市不动产权第0001234号");
		return listener.of(facts, new PointsFindings(36, 24, LocalDate.of(2019, 3, 1), 5, true, "厦门市同安区城南路1号"),
				List.of(), List.of(), PointsAdmissionProcess.FROM_REVIEW);
	}

	private JsonNode form(String path) throws Exception {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			return json.readTree(in);
		}
	}

	private static JsonNode component(JsonNode form, String key) {
		for (JsonNode component : form.path("components")) {
			if (key.equals(component.path("key").asText())) {
				return component;
			}
		}
		throw new AssertionError("No form field " + key);
	}

}
