package org.enrollflow.registry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpRegistryGatewayTests {

	private static final String CHILD = TestIdNumbers.next(LocalDate.of(2017, 5, 20));
	private static final String FATHER = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
	private static final String MOTHER = TestIdNumbers.next(LocalDate.of(1987, 2, 28));

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();
	private final List<String> requested = new CopyOnWriteArrayList<>();
	private final List<String> rawQueries = new CopyOnWriteArrayList<>();
	private final CountDownLatch release = new CountDownLatch(1);
	private HttpServer server;
	private HttpRegistryGateway registry;

	@BeforeEach
	void startRegistry() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/exchange/v1", this::answer);
		server.start();
		registry = gateway(baseUrl(), Duration.ofSeconds(10));
	}

	@AfterEach
	void stopRegistry() {
		release.countDown();
		server.stop(0);
	}

	@Test
	void readsAPerson() {
		answers.put("/exchange/v1/persons/" + CHILD, new Answer(200, """
				{"idNumber": "%s", "name": "周𠮷", "birthDate": "2017-05-20", "householdNumber": "H1",
				 "hukouRegion": "320402", "fatherIdNumber": "%s", "motherIdNumber": null, "extra": true}
				""".formatted(CHILD, FATHER)));

		assertThat(registry.person(CHILD)).hasValue(new PersonRecord(CHILD, "周𠮷", LocalDate.of(2017, 5, 20), "H1",
				"320402", FATHER, null));
	}

	@Test
	void answersEmptyForANotFound() {
		assertThat(registry.person(CHILD)).isEmpty();
		assertThat(registry.residencePermit(FATHER)).isEmpty();
		assertThat(registry.schoolCodeForAddress("常州市天宁区")).isEmpty();
	}

	@Test
	void asksNothingForAMissingKey() {
		assertThat(registry.person(" ")).isEmpty();
		assertThat(registry.property(null)).isEmpty();
		assertThat(registry.socialInsurance(FATHER, null)).isEmpty();
		assertThat(registry.schoolCodeForAddress("")).isEmpty();
		assertThat(requested).isEmpty();
	}

	@Test
	void readsAResidencePermit() {
		answers.put("/exchange/v1/residence-permits/" + FATHER, new Answer(200, """
				{"holderIdNumber": "%s", "permitNumber": "JZ1", "region": "320411", "residenceSince": "2021-03-01"}
				""".formatted(FATHER)));

		assertThat(registry.residencePermit(FATHER)).hasValue(new ResidencePermitRecord(FATHER, "JZ1", "320411",
				LocalDate.of(2021, 3, 1)));
	}

	@Test
	void sendsACertificateNumberPercentEncoded() {
		String number = "苏(2021)常州市不动产权第0123456号";
		answers.put("/exchange/v1/properties/" + number, new Answer(200, """
				{"certificateNumber": "%s", "ownerIdNumbers": ["%s"], "address": "常州市天宁区", "district": "320402",
				 "usage": "RESIDENTIAL", "areaM2": 89.5, "registeredOn": "2021-05-06"}
				""".formatted(number, FATHER)));

		assertThat(registry.property(number)).hasValueSatisfying(property -> {
			assertThat(property.certificateNumber()).isEqualTo(number);
			assertThat(property.ownerIdNumbers()).containsExactly(FATHER);
			assertThat(property.residential()).isTrue();
		});
	}

	@Test
	void asksForThePropertiesOfEveryOwnerAtOnce() {
		answers.put("/exchange/v1/properties", new Answer(200, """
				[{"certificateNumber": "P1", "ownerIdNumbers": ["%s", "%s"], "address": "常州市", "district": "320402",
				  "usage": "RESIDENTIAL", "areaM2": 70, "registeredOn": "2020-01-02"}]
				""".formatted(FATHER, MOTHER)));

		assertThat(registry.propertiesOwnedByAnyOf(List.of(FATHER, MOTHER))).extracting(PropertyRecord::certificateNumber)
			.containsExactly("P1");
		assertThat(requested).containsExactly("/exchange/v1/properties?ownerIdNumber=" + FATHER + "&ownerIdNumber=" + MOTHER);
		assertThat(registry.propertiesOwnedByAnyOf(List.of())).isEmpty();
		assertThat(requested).hasSize(1);
	}

	@Test
	void readsAPurchaseContractAndADisability() {
		answers.put("/exchange/v1/purchase-contracts/CZ2023-0001", new Answer(200, """
				{"contractNumber": "CZ2023-0001", "buyerIdNumbers": ["%s"], "address": "常州市新北区", "district": "320411",
				 "usage": "RESIDENTIAL", "filedOn": "2023-01-09"}
				""".formatted(FATHER)));
		answers.put("/exchange/v1/disabilities/CJ1", new Answer(200, """
				{"certificateNumber": "CJ1", "holderIdNumber": "%s", "types": ["视力"]}
				""".formatted(CHILD)));

		assertThat(registry.purchaseContract("CZ2023-0001")).hasValue(new PurchaseContractRecord("CZ2023-0001",
				List.of(FATHER), "常州市新北区", "320411", "RESIDENTIAL", LocalDate.of(2023, 1, 9)));
		assertThat(registry.disability("CJ1")).hasValue(new DisabilityRecord("CJ1", CHILD, List.of("视力")));
	}

	@Test
	void asksForSocialInsuranceInARegion() {
		answers.put("/exchange/v1/social-insurance/" + FATHER, new Answer(200, """
				{"idNumber": "%s", "region": "350212", "months": 36}
				""".formatted(FATHER)));

		assertThat(registry.socialInsurance(FATHER, "350212")).hasValue(new SocialInsuranceRecord(FATHER, "350212", 36));
		assertThat(requested).containsExactly("/exchange/v1/social-insurance/" + FATHER + "?region=350212");
	}

	@Test
	void asksForTheCatchmentOfAnAddress() {
		answers.put("/exchange/v1/catchments", new Answer(200, """
				{"schoolCode": "S-TN-01"}
				"""));

		assertThat(registry.schoolCodeForAddress("常州市天宁区青果巷12号 A&B")).hasValue("S-TN-01");
		assertThat(requested).containsExactly("/exchange/v1/catchments?address=常州市天宁区青果巷12号 A&B");
		assertThat(rawQueries).singleElement().asString().startsWith("address=%E5%B8%B8").endsWith("%20A%26B");
	}

	@Test
	void reportsAServerErrorAsUnavailable() {
		answers.put("/exchange/v1/persons/" + CHILD, new Answer(503, "{}"));

		assertThatThrownBy(() -> registry.person(CHILD)).isInstanceOf(RegistryUnavailableException.class)
			.hasMessage("The persons registry answered HTTP 503")
			.hasMessageNotContaining(CHILD);
	}

	@Test
	void reportsAnUnreadableAnswerAsUnavailable() {
		answers.put("/exchange/v1/persons/" + CHILD, new Answer(200, "<html>maintenance</html>"));

		assertThatThrownBy(() -> registry.person(CHILD)).isInstanceOf(RegistryUnavailableException.class);
	}

	@Test
	void reportsATimeoutAsUnavailable() {
		answers.put("/exchange/v1/persons/" + CHILD, Answer.NEVER);
		HttpRegistryGateway impatient = gateway(baseUrl(), Duration.ofMillis(500));

		assertThatThrownBy(() -> impatient.person(CHILD)).isInstanceOf(RegistryUnavailableException.class)
			.hasRootCauseInstanceOf(HttpTimeoutException.class)
			.hasMessageNotContaining(CHILD);
	}

	@Test
	void reportsARefusedConnectionAsUnavailable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		HttpRegistryGateway unreachable = gateway(URI.create("http://127.0.0.1:" + closedPort + "/exchange/v1"),
				Duration.ofSeconds(10));

		assertThatThrownBy(() -> unreachable.person(CHILD)).isInstanceOf(RegistryUnavailableException.class)
			.hasMessage("The persons registry cannot be reached");
	}

	@Test
	void needsABaseUrl() {
		assertThatThrownBy(() -> new HttpRegistryGateway(
				new RegistrySettings(RegistrySettings.Mode.HTTP, null, Duration.ofSeconds(2), Duration.ofSeconds(5)),
				RestClient.builder())).isInstanceOf(IllegalStateException.class);
	}

	private URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/exchange/v1");
	}

	private static HttpRegistryGateway gateway(URI baseUrl, Duration readTimeout) {
		return new HttpRegistryGateway(
				new RegistrySettings(RegistrySettings.Mode.HTTP, baseUrl, Duration.ofSeconds(2), readTimeout),
				RestClient.builder());
	}

	private void answer(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
		rawQueries.add(String.valueOf(uri.getRawQuery()));
		requested.add(uri.getRawQuery() == null ? path
				: path + "?" + URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8));
		Answer answer = answers.getOrDefault(path, new Answer(404, ""));
		if (answer == Answer.NEVER) {
			awaitRelease();
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	private void awaitRelease() {
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Answer(int status, String body) {

		static final Answer NEVER = new Answer(200, "{}");

	}

}
