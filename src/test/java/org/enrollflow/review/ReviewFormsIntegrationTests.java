package org.enrollflow.review;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.application.GeneralEnrollmentProcess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@EnrollFlowIntegrationTest
class ReviewFormsIntegrationTests {

	private static final Set<String> FACTS = Set.of(FormFact.CHILD_NAME, FormFact.CHILD_ID_MASKED,
			FormFact.HOUSEHOLD_TYPE, FormFact.ADDRESS, FormFact.PROPERTY, FormFact.VERIFICATION,
			FormFact.APPLICANT_RELATION);

	@Autowired
	RepositoryService repository;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectMapper json;

	@Test
	void deploysBothFormsWithTheGeneralEnrollmentProcess() {
		String deploymentId = repository.createProcessDefinitionQuery()
			.processDefinitionKey(GeneralEnrollmentProcess.PROCESS_KEY)
			.latestVersion()
			.singleResult()
			.getDeploymentId();

		assertThat(repository.getDeploymentResourceNames(deploymentId))
			.anySatisfy(name -> assertThat(name).endsWith("forms/onsite-review.form"))
			.anySatisfy(name -> assertThat(name).endsWith("forms/counter-completion.form"))
			.anySatisfy(name -> assertThat(name).endsWith("forms/bureau-review.form"));
	}

	@Test
	void onsiteReviewFormShowsTheFactsReadOnlyAndAsksForAnOutcome() throws Exception {
		checkReviewForm("forms/onsite-review.form", "OnsiteReviewForm", "APPROVE", "REJECT", "MORE_INFO", "NO_SHOW");
	}

	@Test
	void counterCompletionFormShowsTheFactsReadOnlyAndAsksForAnOutcome() throws Exception {
		checkReviewForm("forms/counter-completion.form", "CounterCompletionForm", "APPROVE", "REJECT", "MORE_INFO");
	}

	@Test
	void bureauReviewFormShowsTheFactsReadOnlyAndAsksForAnOutcome() throws Exception {
		checkReviewForm("forms/bureau-review.form", "BureauReviewForm", "APPROVE", "REJECT");
	}

	@Test
	void offersTheBeansTheProcessModelsName() {
		assertThat(context.getBean("reviewGroups")).isInstanceOf(ReviewGroups.class);
		assertThat(context.getBean("reviewFormFacts")).isInstanceOf(TaskListener.class);
	}

	private void checkReviewForm(String path, String id, String... expectedOutcomes) throws Exception {
		JsonNode form;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			form = json.readTree(in);
		}
		assertThat(form.path("id").asText()).isEqualTo(id);
		assertThat(form.path("type").asText()).isEqualTo("default");
		assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);

		List<String> readOnly = new ArrayList<>();
		for (JsonNode component : form.path("components")) {
			if (component.path("disabled").asBoolean()) {
				readOnly.add(component.path("key").asText());
			}
		}
		assertThat(readOnly).containsExactlyInAnyOrderElementsOf(FACTS);
		assertThat(form.path("components").findValuesAsText("text"))
			.anyMatch(text -> text.contains("{{" + FormFact.DOCUMENT_LINKS + "}}"));

		JsonNode outcome = component(form, GeneralEnrollmentProcess.VAR_REVIEW_OUTCOME);
		assertThat(outcome.path("validate").path("required").asBoolean()).isTrue();
		List<String> outcomes = new ArrayList<>();
		outcome.path("values").forEach(value -> {
			outcomes.add(value.path("value").asText());
			assertThat(value.path("label").asText()).matches(".*\\p{IsHan}.*[A-Za-z].*");
		});
		assertThat(outcomes).containsExactly(expectedOutcomes);

		JsonNode comment = component(form, GeneralEnrollmentProcess.VAR_REVIEW_COMMENT);
		assertThat(comment.path("type").asText()).isEqualTo("textarea");
		assertThat(comment.path("validate").path("required").asBoolean()).isTrue();
		assertThat(comment.path("conditional").path("hide").asText()).isEqualTo("=reviewOutcome = \"APPROVE\"");
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
