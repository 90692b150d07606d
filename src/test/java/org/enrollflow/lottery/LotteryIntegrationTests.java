package org.enrollflow.lottery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The private-school lottery over HTTP: commit, publish the commitment, draw once the signup window
 * has closed, reveal the seed, and hand out a bundle whose verifier reproduces the result.
 */
@EnrollFlowIntegrationTest
class LotteryIntegrationTests {

	static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void commitsDrawsOnceAfterTheCloseAndPublishesAVerifiableResult() throws Exception {
		String school = scenario.privateSchool("LP" + scenario.schoolCode);
		List<Family> families = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		for (String child : List.of("王小一", "王小二", "王小三", "王小四", "王小五")) {
			Family family = scenario.localFamily(child);
			families.add(family);
			cases.add(scenario.confirmedCase(family));
		}
		EnrollmentScenario.moveClockTo(scenario.signupOpens.plusSeconds(60));
		for (int i = 0; i < families.size(); i++) {
			scenario.runDueJobs(cases.get(i));
			scenario.signUpPrivate(families.get(i), cases.get(i), school).andExpect(status().isOk());
		}
		String lottery = "/api/admin/campaigns/" + scenario.campaignId + "/lottery";

		scenario.admin(post(lottery)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_NOT_COMMITTED"));
		mvc.perform(get("/api/campaigns/" + scenario.campaignId + "/lottery")).andExpect(status().isNotFound());

		String commitment = EnrollmentScenario.body(scenario.admin(post(lottery + "/commitment"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.committedAt").isNotEmpty())
			.andExpect(jsonPath("$.seed").doesNotExist()));
		String seedHash = JsonPath.read(commitment, "$.seedHash");
		assertThat(seedHash).matches("[0-9a-f]{64}");
		scenario.admin(post(lottery + "/commitment")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_ALREADY_COMMITTED"));
		mvc.perform(get("/api/campaigns/" + scenario.campaignId + "/lottery")).andExpect(status().isOk())
			.andExpect(jsonPath("$.seedHash").value(seedHash))
			.andExpect(jsonPath("$.seed").doesNotExist())
			.andExpect(jsonPath("$.drawnAt").doesNotExist())
			.andExpect(jsonPath("$.algorithm").value("EnrollFlow-Lottery-v1"));
		scenario.admin(post(lottery)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("SIGNUP_STILL_OPEN"));
		scenario.admin(get(lottery + "/bundle")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_NOT_DRAWN"));

		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		cases.forEach(scenario::runDueJobs);
		String drawn = EnrollmentScenario.body(scenario.admin(post(lottery)).andExpect(status().isOk()));

		String seed = JsonPath.read(drawn, "$.seed");
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(HexFormat.of().parseHex(seed))))
			.isEqualTo(seedHash);
		assertThat((String) JsonPath.read(drawn, "$.seedHash")).isEqualTo(seedHash);
		assertThat((String) JsonPath.read(drawn, "$.inputDigest")).matches("[0-9a-f]{64}");
		assertThat((String) JsonPath.read(drawn, "$.drawnAt")).isNotEmpty();
		assertThat((List<String>) JsonPath.read(drawn, "$.schools[*].schoolId")).containsExactly(school);
		assertThat((Integer) JsonPath.read(drawn, "$.schools[0].seats")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(drawn, "$.schools[0].applicants")).isEqualTo(5);
		List<String> admitted = JsonPath.read(drawn, "$.schools[0].admitted");
		List<String> waitlist = JsonPath.read(drawn, "$.schools[0].waitlist");
		assertThat(admitted).hasSize(2);
		assertThat(waitlist).hasSize(3);
		assertThat(new ArrayList<>(admitted) {
			{
				addAll(waitlist);
			}
		}).containsExactlyInAnyOrderElementsOf(cases);

		scenario.admin(post(lottery)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_ALREADY_DRAWN"));
		String published = EnrollmentScenario.body(mvc.perform(get("/api/campaigns/" + scenario.campaignId + "/lottery"))
			.andExpect(status().isOk()));
		assertThat(JsonPath.parse(published).json().toString()).isEqualTo(JsonPath.parse(drawn).json().toString());
		assertThat(EnrollmentScenario.body(scenario.admin(get(lottery)).andExpect(status().isOk()))).isEqualTo(published);

		byte[] bundle = scenario.admin(get(lottery + "/bundle"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"lottery-" + scenario.campaignId + ".zip\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path unzipped = unzip(bundle);
		assertThat(Files.readString(unzipped.resolve("seed.txt")).strip()).isEqualTo(seed);
		Process verify = new ProcessBuilder(JAVA.toString(), unzipped.resolve("Verify.java").toString(),
				unzipped.toString()).redirectErrorStream(true).start();
		String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(verify.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(verify.exitValue()).as(output).isZero();
	}

	@Test
	void answersOnlyAdministratorsAndKnownCampaigns() throws Exception {
		Family family = scenario.localFamily("王小六");
		String lottery = "/api/admin/campaigns/" + scenario.campaignId + "/lottery";

		scenario.parent(family, post(lottery + "/commitment")).andExpect(status().isForbidden());
		scenario.parent(family, post(lottery)).andExpect(status().isForbidden());
		scenario.parent(family, get(lottery)).andExpect(status().isForbidden());
		scenario.parent(family, get(lottery + "/bundle")).andExpect(status().isForbidden());
		scenario.admin(post("/api/admin/campaigns/" + UUID.randomUUID() + "/lottery/commitment"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
		scenario.admin(get(lottery)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("LOTTERY_NOT_FOUND"));
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plus(Duration.ofMinutes(1)));
		scenario.admin(post(lottery)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_NOT_COMMITTED"));
	}

	@Test
	void publishesOnlyOneOfTwoConcurrentDraws() throws Exception {
		scenario.privateSchool("LP" + scenario.schoolCode);
		String lottery = "/api/admin/campaigns/" + scenario.campaignId + "/lottery";
		scenario.admin(post(lottery + "/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> draws = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				draws.add(threads.submit(() -> {
					start.await();
					return scenario.admin(post(lottery)).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> draw : draws) {
				statuses.add(draw.get(1, TimeUnit.MINUTES));
			}

			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Path unzip(byte[] bundle) throws Exception {
		Path target = Files.createDirectories(folder.resolve("bundle"));
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy(zip, target.resolve(entry.getName()));
			}
		}
		return target;
	}

}
