package org.enrollflow.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A case's documents: the family uploads them, the family and the case's reviewers read them, nobody else. */
@EnrollFlowIntegrationTest
class CaseDocumentsIntegrationTests {

	private static final String REVIEWER_PASSWORD = "reviewer-pass-1";

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@Test
	void theFamilyUploadsAndTheCasesReviewersReadWhileStrangersFindNothing() throws Exception {
		Family family = scenario.localFamily("张小图");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.saveDetails(family, id, "FATHER", family.certificate());
		byte[] png = png();

		String stored = scenario.parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "出生证明.png", "image/png", png))
			.param("type", "BIRTH_CERTIFICATE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String documentId = JsonPath.read(stored, "$.id");
		assertThat((java.util.List<String>) JsonPath.read(scenario.read(family, id), "$.documents[*].id"))
			.containsExactly(documentId);
		scenario.parent(family, get("/api/applications/" + id + "/documents/" + documentId))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(content().bytes(png));

		Family stranger = scenario.localFamily("张小陌");
		scenario.parent(stranger, get("/api/applications/" + id + "/documents/" + documentId))
			.andExpect(status().isNotFound());
		scenario.parent(stranger, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "a.png", "image/png", png))
			.param("type", "OTHER")).andExpect(status().isNotFound());

		String reviewer = staff("school-" + scenario.schoolCode);
		mvc.perform(get("/api/applications/" + id + "/documents/" + documentId).with(httpBasic(reviewer, REVIEWER_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(png));
		EnrollmentScenario other = scenarios.general();
		String otherReviewer = staff("school-" + other.schoolCode);
		mvc.perform(get("/api/applications/" + id + "/documents/" + documentId)
			.with(httpBasic(otherReviewer, REVIEWER_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void refusesDisguisedFilesAndUnknownTypesAndStoresNothing() throws Exception {
		Family family = scenario.localFamily("张小伪");
		String id = scenario.apply(family, "LOCAL");
		scenario.parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8)))
			.param("type", "BIRTH_CERTIFICATE")).andExpect(status().isUnsupportedMediaType());
		scenario.parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "a.png", "image/png", png()))
			.param("type", "SELFIE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		scenario.parent(family, get("/api/applications/" + id + "/documents")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	private String staff(String group) {
		String userId = "rev-" + group.toLowerCase();
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setPassword(REVIEWER_PASSWORD);
			identity.saveUser(user);
			identity.createMembership(userId, group);
		}
		return userId;
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
