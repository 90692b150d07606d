package org.enrollflow.review;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.document.DocumentSamples;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.PointsScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents a reviewer's form links to open with the reviewer's Tasklist login, over real HTTP
 * with the session cookie the Camunda webapps set, and without it with neither the document nor a
 * prompt for another login; the case's access rules apply as in the API.
 */
@EnrollFlowIntegrationTest
class TasklistSessionDocumentsIntegrationTests {

	private static final String PASSWORD = "audit2031pw";

	@Autowired
	Scenarios scenarios;

	@Autowired
	IdentityService identity;

	@Value("${local.server.port}")
	int port;

	PointsScenario scenario;

	String applicationId;

	String documentPath;

	@BeforeEach
	void aDraftWithADocument() throws Exception {
		scenario = scenarios.points();
		Family family = scenario.family("林会话");
		applicationId = scenario.draft(family);
		String documentId = JsonPath.read(scenario.body(scenario.upload(family, applicationId, "HOUSEHOLD_BOOKLET_CHILD")
			.andExpect(status().isCreated())), "$.id");
		documentPath = "/review/applications/" + applicationId + "/documents/" + documentId;
	}

	@Test
	void aDistrictAuditorLoggedIntoTasklistOpensTheCasesDocumentsAndTheirList() throws Exception {
		Session auditor = loggedIntoTasklist(scenarios.staff("district-" + PointsScenario.DISTRICT, PASSWORD));

		HttpResponse<byte[]> document = auditor.get(documentPath);
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(document.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(document.body()).isEqualTo(DocumentSamples.png());

		HttpResponse<byte[]> list = auditor.get("/review/applications/" + applicationId + "/documents");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(text(list), "$[0].type")).isEqualTo("HOUSEHOLD_BOOKLET_CHILD");
	}

	@Test
	void withoutATasklistLoginTheLinkAsksForItAndGivesNoBasicPrompt() throws Exception {
		Session nobody = new Session();
		HttpResponse<byte[]> refused = nobody.get(documentPath);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(JsonPath.<String>read(text(refused), "$.code")).isEqualTo("WEBAPP_LOGIN_REQUIRED");
		assertThat(JsonPath.<String>read(text(refused), "$.detail"))
			.isEqualTo("Log in to Camunda Tasklist first, then open the document from the task form.");

		String staff = scenarios.staff("district-" + PointsScenario.DISTRICT, PASSWORD);
		HttpResponse<byte[]> basic = nobody.send(nobody.request(documentPath)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((staff + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET());
		assertThat(basic.statusCode()).as("the reviewers' pages take the webapp login only").isEqualTo(401);
	}

	@Test
	void anotherDistrictsAuditorOrAReviewerLeftTheGroupFindsNothing() throws Exception {
		Session otherDistrict = loggedIntoTasklist(scenarios.staff("district-" + PointsScenario.OTHER_DISTRICT, PASSWORD));
		HttpResponse<byte[]> foreign = otherDistrict.get(documentPath);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(JsonPath.<String>read(text(foreign), "$.code")).isEqualTo("APPLICATION_NOT_FOUND");

		String leaving = scenarios.staff("district-" + PointsScenario.DISTRICT, PASSWORD);
		Session auditor = loggedIntoTasklist(leaving);
		assertThat(auditor.get(documentPath).statusCode()).isEqualTo(200);
		identity.deleteMembership(leaving, "district-" + PointsScenario.DISTRICT);
		assertThat(auditor.get(documentPath).statusCode()).as("groups are read at every request").isEqualTo(404);
		identity.deleteUser(leaving);
		assertThat(auditor.get(documentPath).statusCode()).as("a deleted user is nobody").isEqualTo(401);
	}

	@Test
	void theReviewersPagesOnlyRead() throws Exception {
		Session auditor = loggedIntoTasklist(scenarios.staff("district-" + PointsScenario.DISTRICT, PASSWORD));
		HttpResponse<byte[]> deleted = auditor.send(auditor.request(documentPath).DELETE());
		assertThat(deleted.statusCode()).isEqualTo(403);
		assertThat(auditor.get(documentPath).statusCode()).isEqualTo(200);
	}

	private Session loggedIntoTasklist(String userId) throws Exception {
		Session session = new Session();
		assertThat(session.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		String token = session.cookies.getCookieStore()
			.get(URI.create(session.base))
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=" + PASSWORD)));
		assertThat(login.statusCode()).as(text(login)).isEqualTo(200);
		return session;
	}

	private static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	/** A browser's cookie jar and nothing else. */
	private final class Session {

		final String base = "http://localhost:" + port;

		final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
		}

		HttpResponse<byte[]> get(String path) throws Exception {
			return send(request(path).GET());
		}

		HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

	}

}
