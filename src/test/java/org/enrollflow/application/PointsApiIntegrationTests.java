package org.enrollflow.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.document.DocumentSamples;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.PointsScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The points path (积分入学) through the parents' HTTP API with good and bad input: starting a
 * registration, drafts, the entries and uploads a submission asks for, verification codes, requests
 * and withdrawal, who may see a case and its documents. Every refusal is specific and leaves the
 * case exactly as it was. The process paths are {@link PointsAdmissionProcessTests}'.
 */
@EnrollFlowIntegrationTest
class PointsApiIntegrationTests {

	private static final String STAFF_PASSWORD = "auditor-pass-1";

	/** A name pinyin4j has no reading for: 𠮷 lies outside the Basic Multilingual Plane. */
	private static final String UNKNOWN_PINYIN_NAME = "周𠮷";

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	EnrollmentScenario base;

	PointsScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		base = scenarios.general();
		scenario = scenarios.points(base);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	// 1. Starting a registration

	@Test
	void startingRequiresTheNoticeConsent() throws Exception {
		Family family = scenario.family("林知晓");
		for (Boolean consent : Arrays.asList(null, false)) {
			start(family, 0, PointsScenario.DISTRICT, consent).andExpect(status().isUnprocessableEntity())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("NOTICE_CONSENT_REQUIRED"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("noticeConsent"))
				.andExpect(jsonPath("$.errors[0].code").value("NOTICE_CONSENT_REQUIRED"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("registration notice")));
		}
		inChinese(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content(createJson(family, 0, PointsScenario.DISTRICT, false)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("请先阅读报名须知并勾选同意,再开始报名。"));
		assertNoRegistrations(family);
	}

	@Test
	void startingRequiresAWellFormedDistrictWhereTheCampaignHasSchools() throws Exception {
		Family family = scenario.family("林择区");
		start(family, 0, null, true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("district"))
			.andExpect(jsonPath("$.errors[0].code").value("DISTRICT_REQUIRED"));
		start(family, 0, "35021", true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("district"))
			.andExpect(jsonPath("$.errors[0].message").value("A district code has 6 digits."));
		start(family, 0, "350299", true).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DISTRICT_NOT_OFFERED"))
			.andExpect(jsonPath("$.errors[0].field").value("district"))
			.andExpect(jsonPath("$.errors[0].code").value("DISTRICT_NOT_OFFERED"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("350299")));
		assertNoRegistrations(family);
	}

	@Test
	void startingIsRefusedOutsideTheRegistrationWindow() throws Exception {
		Family family = scenario.family("林迟到");
		EnrollmentScenario.moveClockTo(scenario.registrationCloses.plusSeconds(1));
		start(family, 0, PointsScenario.DISTRICT, true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		ClockUtil.reset();

		base.admin(patch("/api/admin/campaigns/" + scenario.campaignId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"registrationOpens\": \"%s\"}".formatted(Instant.now().plus(Duration.ofDays(1)))))
			.andExpect(status().isOk());
		start(family, 0, PointsScenario.DISTRICT, true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		assertNoRegistrations(family);
	}

	@Test
	void aChildAlreadyInALiveRegistrationCannotStartAnother() throws Exception {
		Family family = scenario.family(List.of("林一诺", "林一鸣"), -1);
		String id = scenario.draft(family);
		scenario.register(family, PointsScenario.DISTRICT, 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CHILD_ALREADY_BOUND"))
			.andExpect(jsonPath("$.errors[0].field").value("child.idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("CHILD_ALREADY_BOUND"));
		scenario.register(family, PointsScenario.OTHER_DISTRICT, 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CHILD_ALREADY_BOUND"));

		// the twin listed in the first registration is bound by it as well
		scenario.completeDetails(family, id).andExpect(status().isOk());
		scenario.register(family, PointsScenario.DISTRICT, 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CHILD_ALREADY_BOUND"));
		assertThat(registrations(family)).containsExactly(id);
	}

	@Test
	void aNewDraftRecordsTheConsentAndTheDistrictAndMayBeEditedSubmittedOrDeleted() throws Exception {
		Family family = scenario.family("林新稿");
		Instant before = ClockUtil.getCurrentTime().toInstant();
		String created = scenario.body(scenario.register(family, PointsScenario.DISTRICT, 0)
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.path").value("POINTS"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.registration.district").value(PointsScenario.DISTRICT))
			.andExpect(jsonPath("$.registration.declarationConsentAt").doesNotExist())
			.andExpect(jsonPath("$.children.length()").value(1))
			.andExpect(jsonPath("$.children[0].name").value("林新稿")));
		assertThat((List<String>) JsonPath.read(created, "$.availableActions")).containsExactly("EDIT", "SUBMIT",
				"DELETE_DRAFT");
		Instant consentAt = Instant.parse(JsonPath.read(created, "$.registration.noticeConsentAt"));
		assertThat(consentAt).isBetween(before.minusSeconds(1), ClockUtil.getCurrentTime().toInstant().plusSeconds(1));

		String id = JsonPath.read(created, "$.id");
		String read = scenario.read(family, id);
		assertThat((String) JsonPath.read(read, "$.registration.noticeConsentAt")).isEqualTo(
				JsonPath.read(created, "$.registration.noticeConsentAt"));
		assertThat((String) JsonPath.read(read, "$.registration.district")).isEqualTo(PointsScenario.DISTRICT);
		assertThat((List<String>) JsonPath.read(read, "$.availableActions")).containsExactly("EDIT", "SUBMIT",
				"DELETE_DRAFT");
	}

	// 2. Drafts

	@Test
	void aDraftIsSavedPartialAndHoldsWhatWasLastSentWithTheRegisteredChild() throws Exception {
		Family family = scenario.family("林半稿");
		String id = scenario.draft(family);

		scenario.details(family, id, "{\"address\": \"  厦门市同安区祥平街道1号  \"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.address").value("厦门市同安区祥平街道1号"))
			.andExpect(jsonPath("$.guardians.length()").value(1))
			.andExpect(jsonPath("$.guardians[0].relation").doesNotExist())
			.andExpect(jsonPath("$.property.kind").doesNotExist())
			.andExpect(jsonPath("$.children.length()").value(1))
			.andExpect(jsonPath("$.children[0].name").value("林半稿"));
		assertThat(missingFields(family, id)).containsExactlyInAnyOrder("guardian1.relation", "guardian2",
				"property.kind", "parentChildCase");

		// PUT replaces the draft's entries with what is sent: the address saved before is not kept
		String saved = scenario.body(scenario.details(family, id, "{\"guardian1\": {\"relation\": \"FATHER\"}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.guardians[0].role").value("GUARDIAN1"))
			.andExpect(jsonPath("$.guardians[0].relation").value("FATHER"))
			.andExpect(jsonPath("$.children[0].name").value("林半稿")));
		assertThat((Object) JsonPath.read(saved, "$.address")).isNull();
		assertThat(missingFields(family, id)).containsExactlyInAnyOrder("guardian2", "address", "property.kind",
				"parentChildCase");
		assertThat((List<String>) JsonPath.read(scenario.read(family, id), "$.timeline[*].action"))
			.containsSubsequence("DETAILS_SAVED", "DETAILS_SAVED");
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
	}

	@Test
	void submittingAnIncompleteDraftListsEveryMissingEntryAndChangesNothing() throws Exception {
		Family family = scenario.family("林缺项");
		String id = scenario.draft(family);
		String before = scenario.read(family, id);

		String refused = scenario.body(submit(family, id, "{\"verificationCode\": \"123456\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DETAILS_INCOMPLETE")));
		assertThat(errorCodes(refused)).containsExactlyInAnyOrderEntriesOf(Map.of("guardian1.relation", "REQUIRED",
				"guardian2", "REQUIRED", "address", "REQUIRED", "property.kind", "REQUIRED", "parentChildCase",
				"REQUIRED", "declarationConsent", "DECLARATION_CONSENT_REQUIRED"));
		inChinese(family, post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content("{\"declarationConsent\": true, \"verificationCode\": \"123456\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("入学信息尚未填写完整,请补全后再提交。"))
			.andExpect(jsonPath("$.errors[0].message").value("必填。"));
		assertUnchanged(family, id, before);
	}

	// 3. The second guardian's ID

	@Test
	void aResidentIdOfTheSecondGuardianNeedsItsCheckDigit() throws Exception {
		Family family = scenario.family("林校验");
		String id = scenario.draft(family);
		String before = scenario.read(family, id);
		String wrong = family.mother().substring(0, 17) + (family.mother().charAt(17) == '1' ? '2' : '1');
		scenario.details(family, id, detailsJson(family, guardian2("RESIDENT_ID", wrong, false), null, 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("guardian2.idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("ID_CHECK_DIGIT"));
		assertUnchanged(family, id, before);
	}

	@Test
	void eachNonMainlandIdTypeIsAcceptedInItsFormatAndRefusedOutOfIt() throws Exception {
		Family family = scenario.family("林证件");
		String id = scenario.draft(family);
		Map<String, List<String>> accepted = Map.of("HK_MACAU_PASS", List.of("H12345678", "M1234567890", "ｈ１２３４５６７８"),
				"TAIWAN_PERMIT", List.of("12345678", "1234 5678"), "PASSPORT", List.of("E12345678", "ea12345"));
		Map<String, List<String>> refused = Map.of("HK_MACAU_PASS", List.of("X12345678", "H1234567", "H123456789"),
				"TAIWAN_PERMIT", List.of("1234567", "A1234567", "123456789"), "PASSPORT",
				List.of("E123", "E-1234567", "E12345678901234567"));
		for (String type : List.of("HK_MACAU_PASS", "TAIWAN_PERMIT", "PASSPORT")) {
			for (String number : accepted.get(type)) {
				scenario.details(family, id, detailsJson(family, guardian2(type, number, false), null, 1))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.guardians[1].role").value("GUARDIAN2"))
					.andExpect(jsonPath("$.guardians[1].idType").value(type));
			}
			String before = scenario.read(family, id);
			for (String number : refused.get(type)) {
				scenario.details(family, id, detailsJson(family, guardian2(type, number, false), null, 1))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors.length()").value(1))
					.andExpect(jsonPath("$.errors[0].field").value("guardian2.idNumber"))
					.andExpect(jsonPath("$.errors[0].code").value("ID_FORMAT_" + type));
			}
			assertUnchanged(family, id, before);
		}
		scenario.details(family, id, detailsJson(family, guardian2("MILITARY_ID", "12345678", false), null, 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"))
			.andExpect(jsonPath("$.errors[0].field").value("guardian2.idType"))
			.andExpect(jsonPath("$.errors[0].code").value("NOT_ONE_OF"));
	}

	@Test
	void guardianIdNumbersOfEveryTypeComeBackMasked() throws Exception {
		Family family = scenario.family("林遮蔽");
		String id = scenario.draft(family);
		for (String[] given : List.of(new String[] { "RESIDENT_ID", family.mother() },
				new String[] { "HK_MACAU_PASS", "H12345678" }, new String[] { "HK_MACAU_PASS", "M1234567890" },
				new String[] { "TAIWAN_PERMIT", "87654321" }, new String[] { "PASSPORT", "E123456789" },
				new String[] { "PASSPORT", "PA1234567890" })) {
			String view = scenario.body(scenario.details(family, id,
					detailsJson(family, guardian2(given[0], given[1], false), null, 1)).andExpect(status().isOk()));
			String shown = JsonPath.read(view, "$.guardians[1].idNumber");
			assertThat(shown).as("%s %s", given[0], given[1]).contains("*").isNotEqualTo(given[1]);
			assertThat(view).as("%s %s", given[0], given[1]).doesNotContain(given[1]);
		}
	}

	@Test
	void aNonMainlandSecondGuardianUploadsTheDocumentsPhotoPage() throws Exception {
		Family family = scenario.family("林港澳");
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.details(family, id,
				detailsJson(family, guardian2("HK_MACAU_PASS", "H12345678", false), null, 1)).andExpect(status().isOk()));
		assertThat(requiredDocuments(saved)).containsExactlyEntriesOf(Map.of("PASSPORT_PAGE", 1));
		String before = scenario.read(family, id);

		String refused = scenario.body(submit(family, id, consentAnd("000000")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DETAILS_INCOMPLETE"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Upload Passport or Hong Kong, Macau or Taiwan permit, photo page (at least 1).")));
		assertThat(errorCodes(refused)).containsExactlyEntriesOf(Map.of("documents.PASSPORT_PAGE", "DOCUMENT_REQUIRED"));
		inChinese(family, post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content(consentAnd("000000")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("请上传护照或港澳台通行证照片页(至少 1 份)。"));
		assertUnchanged(family, id, before);

		scenario.upload(family, id, "PASSPORT_PAGE").andExpect(status().isCreated());
		assertThat(uploadedDocuments(scenario.read(family, id))).containsExactlyEntriesOf(Map.of("PASSPORT_PAGE", 1));
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aSecondGuardianWithRareCharactersUploadsBothSidesOfTheIdCard() throws Exception {
		Family family = scenario.family("林生僻");
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.details(family, id,
				detailsJson(family, guardian2("RESIDENT_ID", family.mother(), true), null, 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.guardian2RareCharacters").value(true)));
		assertThat(requiredDocuments(saved)).containsOnly(Map.entry("ID_CARD_FRONT", 1), Map.entry("ID_CARD_BACK", 1));

		assertThat(missingFields(family, id)).containsExactlyInAnyOrder("documents.ID_CARD_FRONT",
				"documents.ID_CARD_BACK");
		scenario.upload(family, id, "ID_CARD_FRONT").andExpect(status().isCreated());
		assertThat(missingFields(family, id)).containsExactly("documents.ID_CARD_BACK");
		scenario.upload(family, id, "ID_CARD_BACK").andExpect(status().isCreated());
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	// 4. Children

	@Test
	void twinsAreListedWithThePinyinAndBirthDateFilledIn() throws Exception {
		Family family = scenario.family(List.of("林一诺", "林一鸣"), -1);
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.completeDetails(family, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.children.length()").value(2))
			.andExpect(jsonPath("$.children[0].name").value("林一诺"))
			.andExpect(jsonPath("$.children[0].pinyin").value("LIN YI NUO"))
			.andExpect(jsonPath("$.children[0].birthDate").value(EnrollmentScenario.born(family.children().get(0)).toString()))
			.andExpect(jsonPath("$.children[0].pinyinUnknown.length()").value(0))
			.andExpect(jsonPath("$.children[1].name").value("林一鸣"))
			.andExpect(jsonPath("$.children[1].pinyin").value("LIN YI MING"))
			.andExpect(jsonPath("$.children[1].birthDate").value(EnrollmentScenario.born(family.children().get(1)).toString()))
			.andExpect(jsonPath("$.child.name").value("林一诺")));
		for (int i = 0; i < 2; i++) {
			String shown = JsonPath.read(saved, "$.children[%d].idNumber".formatted(i));
			assertThat(shown).isEqualTo(IdNumbers.mask(family.children().get(i)));
		}
		assertThat(saved).doesNotContain(family.children().get(0)).doesNotContain(family.children().get(1));
		assertThat(requiredDocuments(saved)).isEmpty();
	}

	@Test
	void theSameChildListedTwiceIsRefused() throws Exception {
		Family family = scenario.family("林重复");
		String id = scenario.draft(family);
		String before = scenario.read(family, id);
		scenario.details(family, id, detailsJson(family, mother(family), "[%s, %s]".formatted(child(family, 0, ""),
				child(family, 0, "")), 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("children[1].idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("CHILD_LISTED_TWICE"));
		assertUnchanged(family, id, before);
	}

	@Test
	void aNameWithACharacterWithoutKnownPinyinWaitsForTheParentToTypeIt() throws Exception {
		Family family = scenario.family(UNKNOWN_PINYIN_NAME);
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.children[0].name").value(UNKNOWN_PINYIN_NAME))
			.andExpect(jsonPath("$.children[0].pinyin").value("ZHOU 𠮷"))
			.andExpect(jsonPath("$.children[0].pinyinUnknown.length()").value(1))
			.andExpect(jsonPath("$.children[0].pinyinUnknown[0]").value("𠮷"));
		String before = scenario.read(family, id);
		String refused = scenario.body(submit(family, id, consentAnd("000000")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DETAILS_INCOMPLETE")));
		assertThat(errorCodes(refused)).containsExactlyEntriesOf(Map.of("children[0].pinyin", "PINYIN_REQUIRED"));
		assertUnchanged(family, id, before);

		scenario.details(family, id, detailsJson(family, mother(family), "[%s]".formatted(child(family, 0,
				", \"pinyin\": \"zhou  ji\"")), 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[0].pinyin").value("ZHOU JI"))
			.andExpect(jsonPath("$.children[0].pinyinUnknown.length()").value(0));
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aChildsNameWithRareCharactersNeedsTheHouseholdRegistersChildPage() throws Exception {
		Family family = scenario.family("林小犇");
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.details(family, id, detailsJson(family, mother(family),
				"[%s]".formatted(child(family, 0, ", \"rareCharacters\": true")), 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children[0].rareCharacters").value(true)));
		assertThat(requiredDocuments(saved)).containsExactlyEntriesOf(Map.of("HOUSEHOLD_BOOKLET_CHILD", 1));
		assertThat(missingFields(family, id)).containsExactly("documents.HOUSEHOLD_BOOKLET_CHILD");
		scenario.upload(family, id, "HOUSEHOLD_BOOKLET_CHILD").andExpect(status().isCreated());
		scenario.submit(family, id).andExpect(status().isAccepted());
	}

	@Test
	void anUnknownDisabilityTypeIsRefusedOnItsPath() throws Exception {
		Family family = scenario.family("林残类");
		String id = scenario.draft(family);
		String before = scenario.read(family, id);
		scenario.details(family, id, detailsJson(family, mother(family), "[%s]".formatted(child(family, 0,
				", \"disability\": {\"types\": [\"FLYING\"], \"certificateNumber\": \"DC1\"}")), 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"))
			.andExpect(jsonPath("$.errors[0].field").value("children[0].disability.types[0]"))
			.andExpect(jsonPath("$.errors[0].code").value("NOT_ONE_OF"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("HEARING")));
		scenario.details(family, id, "{\"disability\": {\"types\": [\"HEARING\", \"FLYING\"]}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disability.types[1]"))
			.andExpect(jsonPath("$.errors[0].code").value("NOT_ONE_OF"));
		assertUnchanged(family, id, before);
	}

	@Test
	void aDisabilityWithoutTypesIsRefusedAtSubmission() throws Exception {
		Family family = scenario.family("林无类");
		String id = scenario.draft(family);
		for (String disability : List.of("{\"certificateNumber\": \"dc0001\"}",
				"{\"types\": [], \"certificateNumber\": \"dc0001\"}")) {
			scenario.details(family, id, detailsJson(family, mother(family),
					"[%s]".formatted(child(family, 0, ", \"disability\": " + disability)), 1))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.children[0].disability.types.length()").value(0))
				.andExpect(jsonPath("$.children[0].disability.certificateNumber").value("DC0001"));
			String before = scenario.read(family, id);
			String refused = scenario.body(submit(family, id, consentAnd("000000"))
				.andExpect(status().isUnprocessableEntity()));
			assertThat(errorCodes(refused)).containsOnly(
					Map.entry("children[0].disability.types", "DISABILITY_TYPE_REQUIRED"),
					Map.entry("documents.DISABILITY_PROOF", "DOCUMENT_REQUIRED"));
			assertUnchanged(family, id, before);
		}
	}

	@Test
	void aDeclaredDisabilityNeedsItsProof() throws Exception {
		Family family = scenario.family(List.of("林听听"), 0);
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.completeDetails(family, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.children[0].disability.types[0]").value("HEARING")));
		assertThat(requiredDocuments(saved)).containsExactlyEntriesOf(Map.of("DISABILITY_PROOF", 1));
		assertThat(missingFields(family, id)).containsExactly("documents.DISABILITY_PROOF");
		scenario.upload(family, id, "DISABILITY_PROOF").andExpect(status().isCreated());
		scenario.submit(family, id).andExpect(status().isAccepted());
	}

	// 5. Relation cases

	@Test
	void relationCaseOneNeedsNoUpload() throws Exception {
		Family family = scenario.family(List.of("林同册", "林同本"), -1);
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.completeDetails(family, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.parentChildCase").value(1)));
		assertThat(requiredDocuments(saved)).isEmpty();
		scenario.submit(family, id).andExpect(status().isAccepted());
	}

	@Test
	void relationCaseTwoNeedsTheHouseholdRegisterPagesOfEveryChildAndTheMarriageCertificate() throws Exception {
		Family family = scenario.family(List.of("林二甲", "林二乙"), -1);
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.details(family, id,
				scenario.detailsJson(family, 2, "CERTIFICATE", family.certificate()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.parentChildCase").value(2)));
		Map<String, Integer> caseTwo = Map.of("HOUSEHOLD_BOOKLET_HEAD", 1, "HOUSEHOLD_BOOKLET_FATHER", 1,
				"HOUSEHOLD_BOOKLET_MOTHER", 1, "HOUSEHOLD_BOOKLET_CHILD", 2, "MARRIAGE_CERTIFICATE", 1);
		assertThat(requiredDocuments(saved)).containsOnlyKeys(caseTwo.keySet()).containsAllEntriesOf(caseTwo);
		assertThat(missingFields(family, id)).containsExactlyInAnyOrderElementsOf(
				caseTwo.keySet().stream().map(type -> "documents." + type).toList());

		uploadAll(family, id, caseTwo, "HOUSEHOLD_BOOKLET_CHILD");
		// the same picture twice is one page: the second child's is still missing
		upload(family, id, "HOUSEHOLD_BOOKLET_CHILD", "first.png", "image/png", picture(0)).andExpect(status().isCreated());
		upload(family, id, "HOUSEHOLD_BOOKLET_CHILD", "again.png", "image/png", picture(0)).andExpect(status().isCreated());
		assertThat(uploadedDocuments(scenario.read(family, id))).containsEntry("HOUSEHOLD_BOOKLET_CHILD", 1);
		assertThat(missingFields(family, id)).containsExactly("documents.HOUSEHOLD_BOOKLET_CHILD");
		upload(family, id, "HOUSEHOLD_BOOKLET_CHILD", "second.png", "image/png", picture(1)).andExpect(status().isCreated());

		assertThat(uploadedDocuments(scenario.read(family, id))).containsAllEntriesOf(caseTwo);
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void relationCaseThreeAlsoNeedsEveryChildsBirthCertificate() throws Exception {
		Family family = scenario.family(List.of("林三甲", "林三乙"), -1);
		String id = scenario.draft(family);
		String saved = scenario.body(scenario.details(family, id,
				scenario.detailsJson(family, 3, "CERTIFICATE", family.certificate()))
			.andExpect(status().isOk()));
		Map<String, Integer> caseThree = Map.of("HOUSEHOLD_BOOKLET_HEAD", 1, "HOUSEHOLD_BOOKLET_FATHER", 1,
				"HOUSEHOLD_BOOKLET_MOTHER", 1, "HOUSEHOLD_BOOKLET_CHILD", 2, "MARRIAGE_CERTIFICATE", 1,
				"BIRTH_CERTIFICATE", 2);
		assertThat(requiredDocuments(saved)).containsOnlyKeys(caseThree.keySet()).containsAllEntriesOf(caseThree);
		String before = scenario.read(family, id);
		String refused = scenario.body(submit(family, id, consentAnd("000000")).andExpect(status().isUnprocessableEntity()));
		assertThat(errorCodes(refused)).hasSize(caseThree.size())
			.allSatisfy((field, code) -> assertThat(code).isEqualTo("DOCUMENT_REQUIRED"))
			.containsOnlyKeys(caseThree.keySet().stream().map(type -> "documents." + type).toList());
		assertUnchanged(family, id, before);

		uploadAll(family, id, caseThree);
		assertThat(missingFields(family, id)).isEmpty();
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aRelationCaseOutsideOneToThreeIsRefused() throws Exception {
		Family family = scenario.family("林四类");
		String id = scenario.draft(family);
		String before = scenario.read(family, id);
		for (int relationCase : new int[] { 4, 0 }) {
			scenario.details(family, id, detailsJson(family, mother(family), null, relationCase))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("parentChildCase"));
		}
		assertUnchanged(family, id, before);
	}

	// 6. Housing numbers

	@Test
	void housingNumbersAreStoredAsTheRegistriesKeyThem() throws Exception {
		Family family = scenario.family("林房号");
		String id = scenario.draft(family);
		scenario.details(family, id, scenario.detailsJson(family, 1, "CONTRACT", "ｘｍ２０２３ｈｔ０００１２３"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.property.kind").value("CONTRACT"))
			.andExpect(jsonPath("$.property.number").value("XM2023HT000123"));
		scenario.details(family, id, scenario.detailsJson(family, 1, "CONTRACT", "xm 2023 ht 000124"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.property.number").value("XM2023HT000124"));
		scenario.details(family, id, scenario.detailsJson(family, 1, "CERTIFICATE", "闽（２０２３）厦门市不动产权第0000123号"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.property.kind").value("CERTIFICATE"))
			.andExpect(jsonPath("$.property.number").value("闽(2023)厦门市不动产权第0000123号"));
		scenario.details(family, id, scenario.detailsJson(family, 1, "CERTIFICATE", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("property.number"))
			.andExpect(jsonPath("$.errors[0].code").value("PROPERTY_NUMBER_REQUIRED"));
		assertThat((String) JsonPath.read(scenario.read(family, id), "$.property.number"))
			.isEqualTo("闽(2023)厦门市不动产权第0000123号");
	}

	// 7. Submission

	@Test
	void submittingRequiresTheDeclarationConsent() throws Exception {
		Family family = scenario.family("林声明");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String before = scenario.read(family, id);
		for (String body : List.of("{\"verificationCode\": \"123456\"}",
				"{\"declarationConsent\": false, \"verificationCode\": \"123456\"}", "")) {
			String refused = scenario.body(submit(family, id, body).andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.code").value("DETAILS_INCOMPLETE")));
			assertThat(errorCodes(refused)).containsExactlyEntriesOf(
					Map.of("declarationConsent", "DECLARATION_CONSENT_REQUIRED"));
		}
		assertUnchanged(family, id, before);
	}

	@Test
	void submittingWithoutAVerificationCodeIsRefused() throws Exception {
		Family family = scenario.family("林无码");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String before = scenario.read(family, id);
		for (String body : List.of("{\"declarationConsent\": true}",
				"{\"declarationConsent\": true, \"verificationCode\": \"  \"}")) {
			submit(family, id, body).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_REQUIRED"))
				.andExpect(jsonPath("$.errors[0].field").value("verificationCode"))
				.andExpect(jsonPath("$.errors[0].code").value("VERIFICATION_CODE_REQUIRED"));
		}
		assertUnchanged(family, id, before);
	}

	@Test
	void aWrongCodeIsRefusedAndLeavesTheDraftAsItWas() throws Exception {
		Family family = scenario.family("林错码");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String code = scenario.code(family, "SUBMIT");
		String before = scenario.read(family, id);
		submit(family, id, consentAnd(wrong(code))).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_WRONG"))
			.andExpect(jsonPath("$.detail").value("The verification code is wrong; 4 tries left."));
		inChinese(family, post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content(consentAnd(wrong(code))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("验证码不正确,还可再试 3 次。"));
		assertUnchanged(family, id, before);
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");

		scenario.submit(family, id, code).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void afterFiveWrongCodesEvenTheRightOneIsRefused() throws Exception {
		Family family = scenario.family("林五错");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String code = scenario.code(family, "SUBMIT");
		String before = scenario.read(family, id);
		for (int tries = 1; tries <= 5; tries++) {
			submit(family, id, consentAnd(wrong(code))).andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_WRONG"));
		}
		scenario.submit(family, id, code).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_EXHAUSTED"));
		assertUnchanged(family, id, before);
	}

	@Test
	void anExpiredCodeIsRefused() throws Exception {
		Family family = scenario.family("林过期");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String code = scenario.code(family, "SUBMIT");
		String before = scenario.read(family, id);
		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6)));
		scenario.submit(family, id, code).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_EXPIRED"));
		assertUnchanged(family, id, before);
	}

	@Test
	void theRightCodeSubmitsOnceAndCannotBeUsedAgain() throws Exception {
		Family family = scenario.family(List.of("林甲", "林乙"), -1);
		String first = JsonPath.read(scenario.body(scenario.register(family, PointsScenario.DISTRICT, 0)
			.andExpect(status().isCreated())), "$.id");
		String second = JsonPath.read(scenario.body(scenario.register(family, PointsScenario.DISTRICT, 1)
			.andExpect(status().isCreated())), "$.id");
		for (String id : List.of(first, second)) {
			scenario.details(family, id, detailsJson(family, mother(family), null, 1)).andExpect(status().isOk());
		}
		String code = scenario.code(family, "SUBMIT");

		String submitted = scenario.body(scenario.submit(family, first, " " + code + " ")
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.registration.declarationConsentAt").exists()));
		assertThat((List<String>) JsonPath.read(submitted, "$.availableActions")).contains("REQUEST_MODIFICATION",
				"WITHDRAW").doesNotContain("EDIT", "SUBMIT", "DELETE_DRAFT");
		String otherBefore = scenario.read(family, second);
		scenario.submit(family, second, code).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_NOT_SENT"));
		assertUnchanged(family, second, otherBefore);
		String firstBefore = scenario.read(family, first);
		scenario.submit(family, first, code).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("INVALID_STATE"));
		assertUnchanged(family, first, firstBefore);
	}

	// 8. Modification, recheck and withdrawal bodies

	@Test
	void requestsAndWithdrawalsNeedAReasonOfAtMost500Characters() throws Exception {
		Family family = scenario.family("林理由");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		scenario.submit(family, id).andExpect(status().isAccepted());
		String before = scenario.read(family, id);
		String tooLong = "理".repeat(501);
		for (String kind : List.of("modification-requests", "recheck-requests")) {
			for (String reason : List.of("", "   ", tooLong)) {
				scenario.request(family, id, kind, reason).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
					.andExpect(jsonPath("$.errors[0].field").value("reason"));
			}
			scenario.parent(family, post("/api/applications/" + id + "/" + kind).contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		}
		for (String reason : List.of("  ", tooLong)) {
			withdrawal(family, id, "{\"reason\": \"%s\", \"verificationCode\": \"123456\"}".formatted(reason))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		}
		withdrawal(family, id, "{\"reason\": \"改去其他区报名\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_REQUIRED"))
			.andExpect(jsonPath("$.errors[0].field").value("verificationCode"));
		assertUnchanged(family, id, before);

		scenario.request(family, id, "modification-requests", "理".repeat(500)).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("MODIFICATION_REQUESTED"));
	}

	@Test
	void aGeneralPathCaseIsNotWithdrawnModifiedOrRecheckedThroughThePointsEndpoints() throws Exception {
		EnrollmentScenario.Family family = base.localFamily("张普通");
		String id = base.confirmedCase(family);
		String before = base.read(family, id);
		base.parent(family, post("/api/applications/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"不读了\", \"verificationCode\": \"123456\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("NOT_ON_THIS_PATH"));
		for (String kind : List.of("modification-requests", "recheck-requests")) {
			base.parent(family, post("/api/applications/" + id + "/" + kind).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"地址填错\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("NOT_ON_THIS_PATH"));
		}
		assertThat(base.read(family, id)).isEqualTo(before);
	}

	// 9. Access

	@Test
	void anotherParentFindsNothingOfSomeonesPointsCaseAndChangesNothing() throws Exception {
		Family owner = scenario.family("林主人");
		String id = scenario.draft(owner);
		scenario.completeDetails(owner, id).andExpect(status().isOk());
		String documentId = JsonPath.read(scenario.body(scenario.upload(owner, id, "OTHER").andExpect(status().isCreated())),
				"$.id");
		String before = scenario.read(owner, id);
		Family stranger = scenario.family("王路人");

		List<MockHttpServletRequestBuilder> attempts = List.of(get("/api/applications/" + id),
				put("/api/applications/" + id + "/details").contentType(MediaType.APPLICATION_JSON)
					.content(scenario.detailsJson(owner, 1, "NONE", null)),
				multipart("/api/applications/" + id + "/documents")
					.file(new MockMultipartFile("file", "a.png", "image/png", DocumentSamples.png()))
					.param("type", "OTHER"),
				get("/api/applications/" + id + "/documents"),
				get("/api/applications/" + id + "/documents/" + documentId),
				delete("/api/applications/" + id + "/documents/" + documentId),
				post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
					.content(consentAnd("123456")),
				post("/api/applications/" + id + "/modification-requests").contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"改一下\"}"),
				post("/api/applications/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"不读了\", \"verificationCode\": \"123456\"}"),
				delete("/api/applications/" + id));
		for (MockHttpServletRequestBuilder attempt : attempts) {
			scenario.parent(stranger, attempt).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));
		}
		inChinese(stranger, get("/api/applications/" + id)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("未找到该入学登记。"));
		scenario.parent(stranger, get("/api/applications")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		assertUnchanged(owner, id, before);
	}

	@Test
	void aPointsCasesDocumentsAreReadByTheFamilyAndTheDistrictsAuditorsOnly() throws Exception {
		Family family = scenario.family("林材料");
		String id = scenario.draft(family);
		byte[] png = picture(7);
		String documentId = JsonPath.read(scenario.body(upload(family, id, "HOUSEHOLD_BOOKLET_CHILD", "户口页.png",
				"image/png", png).andExpect(status().isCreated())), "$.id");
		String document = "/api/applications/" + id + "/documents/" + documentId;

		scenario.parent(family, get(document)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(content().bytes(png));
		scenario.parent(family, get("/api/applications/" + id + "/documents")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(documentId));

		String auditor = scenarios.staff("district-" + PointsScenario.DISTRICT, STAFF_PASSWORD);
		asStaff(auditor, get(document)).andExpect(status().isOk()).andExpect(content().bytes(png));
		asStaff(auditor, get("/api/applications/" + id + "/documents")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(documentId));
		// reading is not acting: the auditors upload nothing to a family's case
		asStaff(auditor, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", DocumentSamples.pdf()))
			.param("type", "OTHER")).andExpect(status().isNotFound());

		String otherDistrict = scenarios.staff("district-" + PointsScenario.OTHER_DISTRICT, STAFF_PASSWORD);
		String schoolReviewer = scenarios.staff("school-" + schoolCode(PointsScenario.DISTRICT), STAFF_PASSWORD);
		for (String stranger : List.of(otherDistrict, schoolReviewer)) {
			asStaff(stranger, get(document)).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));
			asStaff(stranger, get("/api/applications/" + id + "/documents")).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("APPLICATION_NOT_FOUND"));
		}
		scenario.parent(family, get("/api/applications/" + id + "/documents")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void disguisedEmptyAndOversizedFilesAreRefusedAndNothingIsStored() throws Exception {
		Family family = scenario.family("林伪装");
		String id = scenario.draft(family);
		scenario.details(family, id, detailsJson(family, guardian2("PASSPORT", "E12345678", false), null, 1))
			.andExpect(status().isOk());
		String before = scenario.read(family, id);
		byte[] text = "Birth certificate, typed up by hand.\n".getBytes(StandardCharsets.UTF_8);

		upload(family, id, "PASSPORT_PAGE", "passport.png", "image/png", text).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TYPE_NOT_ALLOWED"));
		upload(family, id, "PASSPORT_PAGE", "passport.png", "application/octet-stream", text)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TYPE_NOT_ALLOWED"));
		upload(family, id, "PASSPORT_PAGE", "passport.png", "image/png", DocumentSamples.jpeg())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TYPE_MISMATCH"));
		upload(family, id, "PASSPORT_PAGE", "passport.png", "image/png", new byte[0])
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DOCUMENT_EMPTY"));
		byte[] oversized = Arrays.copyOf(DocumentSamples.png(), 5 * 1024 * 1024 + 1);
		upload(family, id, "PASSPORT_PAGE", "passport.png", "image/png", oversized)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("DOCUMENT_TOO_LARGE"))
			.andExpect(jsonPath("$.detail").value(containsString("5 MB")));
		upload(family, id, "SELFIE", "passport.png", "image/png", DocumentSamples.png())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].code").value("DOCUMENT_TYPE_UNKNOWN"));

		scenario.parent(family, get("/api/applications/" + id + "/documents")).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		assertThat(uploadedDocuments(scenario.read(family, id))).containsExactlyEntriesOf(Map.of("PASSPORT_PAGE", 0));
		assertUnchanged(family, id, before);
	}

	// 10. Malformed bodies and versions

	@Test
	void malformedOrMistypedDetailsAreRefusedAs400NeverAs500() throws Exception {
		Family family = scenario.family("林乱码");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String before = scenario.read(family, id);
		for (String body : List.of("{\"guardian1\": ", "not json", "", "[]", "{\"parentChildCase\": \"two\"}",
				"{\"parentChildCase\": true}", "{\"children\": \"林乱码\"}", "{\"children\": [\"林乱码\"]}",
				"{\"guardian1\": {\"relation\": \"UNCLE\"}}", "{\"guardian1\": \"FATHER\"}", "{\"guardian2\": [1, 2]}",
				"{\"guardian2\": {\"rareCharacters\": \"yes\"}}", "{\"property\": {\"kind\": \"CASTLE\"}}",
				"{\"address\": {\"street\": \"祥平街道\"}}", "{\"disability\": {\"types\": \"HEARING\"}}")) {
			scenario.details(family, id, body).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
		}
		scenario.details(family, id, "{\"guardian1\": {\"relation\": \"UNCLE\"}}")
			.andExpect(jsonPath("$.errors[0].field").value("guardian1.relation"))
			.andExpect(jsonPath("$.errors[0].code").value("NOT_ONE_OF"));
		scenario.details(family, id, "{\"parentChildCase\": \"two\"}")
			.andExpect(jsonPath("$.errors[0].field").value("parentChildCase"));
		assertUnchanged(family, id, before);
	}

	@Test
	void enumEntriesGivenAsNumbersAreRefusedNotTakenByTheirPosition() throws Exception {
		Family family = scenario.family("林序号");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		String before = scenario.read(family, id);
		Map<String, String> numbered = new LinkedHashMap<>();
		numbered.put("{\"guardian1\": {\"relation\": 1}}", "$.guardians[0].relation");
		numbered.put("{\"property\": {\"kind\": 1, \"number\": \"XM2023HT000123\"}}", "$.property.kind");
		numbered.put("{\"disability\": {\"types\": [0], \"certificateNumber\": \"DC1\"}}",
				"$.children[0].disability.types[0]");
		Map<String, String> answers = new LinkedHashMap<>();
		numbered.forEach((body, taken) -> {
			try {
				ResultActions result = scenario.details(family, id, body);
				int status = result.andReturn().getResponse().getStatus();
				String answer = scenario.body(result);
				answers.put(body, status == 200 ? "200, taken as " + JsonPath.read(answer, taken)
						: status + " " + JsonPath.read(answer, "$.code"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(answers).as("a number where a name is expected is a wrong type")
			.allSatisfy((body, answer) -> assertThat(answer).as(body).isEqualTo("400 MALFORMED_BODY"));
		assertUnchanged(family, id, before);
	}

	@Test
	void aStaleIfMatchIsRefusedWithAConflict() throws Exception {
		Family family = scenario.family("林版本");
		String id = scenario.draft(family);
		String first = scenario.parent(family, get("/api/applications/" + id)).andExpect(status().isOk())
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		String second = scenario.parent(family, put("/api/applications/" + id + "/details").header(HttpHeaders.IF_MATCH, first)
			.contentType(MediaType.APPLICATION_JSON).content(scenario.detailsJson(family, 1, "CERTIFICATE", family.certificate())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(second).isNotEqualTo(first);
		String before = scenario.read(family, id);

		scenario.parent(family, put("/api/applications/" + id + "/details").header(HttpHeaders.IF_MATCH, first)
			.contentType(MediaType.APPLICATION_JSON).content("{\"address\": \"别处\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STALE_VERSION"));
		scenario.parent(family, post("/api/applications/" + id + "/submit").header(HttpHeaders.IF_MATCH, first)
			.contentType(MediaType.APPLICATION_JSON).content(consentAnd("123456")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STALE_VERSION"));
		scenario.parent(family, delete("/api/applications/" + id).header(HttpHeaders.IF_MATCH, first))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STALE_VERSION"));
		scenario.parent(family, put("/api/applications/" + id + "/details").header(HttpHeaders.IF_MATCH, "version-one")
			.contentType(MediaType.APPLICATION_JSON).content("{\"address\": \"别处\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"))
			.andExpect(jsonPath("$.errors[0].code").value("INVALID_ETAG"));
		assertUnchanged(family, id, before);

		scenario.parent(family, put("/api/applications/" + id + "/details").header(HttpHeaders.IF_MATCH, second)
			.contentType(MediaType.APPLICATION_JSON).content(scenario.detailsJson(family, 1, "NONE", null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.property.kind").value("NONE"));
	}

	// helpers

	private ResultActions start(Family family, int child, String district, Boolean consent) throws Exception {
		return scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content(createJson(family, child, district, consent)));
	}

	private String createJson(Family family, int child, String district, Boolean consent) {
		return """
				{"campaignId": "%s", "householdType": "NON_LOCAL", "child": {"name": "%s", "idNumber": "%s"}%s%s}
				""".formatted(scenario.campaignId, family.childNames().get(child), family.children().get(child),
				district == null ? "" : ", \"district\": \"%s\"".formatted(district),
				consent == null ? "" : ", \"noticeConsent\": %s".formatted(consent));
	}

	/** Every entry but the children, which stay as registered unless {@code children} is given. */
	private static String detailsJson(Family family, String guardian2, String children, int relationCase) {
		return """
				{"guardian1": {"relation": "FATHER"}, "guardian2": %s, "address": "厦门市同安区祥平街道",
				 "property": {"kind": "CERTIFICATE", "number": "%s"}%s, "parentChildCase": %d}
				""".formatted(guardian2, family.certificate(), children == null ? "" : ", \"children\": " + children,
				relationCase);
	}

	private static String mother(Family family) {
		return guardian2("RESIDENT_ID", family.mother(), false);
	}

	private static String guardian2(String idType, String idNumber, boolean rareCharacters) {
		return """
				{"name": "黄美玲", "idType": "%s", "idNumber": "%s", "phone": "13900000000", "relation": "MOTHER", "rareCharacters": %s}
				""".formatted(idType, idNumber, rareCharacters).strip();
	}

	private static String child(Family family, int i, String more) {
		return "{\"name\": \"%s\", \"idNumber\": \"%s\"%s}".formatted(family.childNames().get(i), family.children().get(i),
				more);
	}

	private static String consentAnd(String code) {
		return "{\"declarationConsent\": true, \"verificationCode\": \"%s\"}".formatted(code);
	}

	private static String wrong(String code) {
		return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
	}

	private ResultActions submit(Family family, String id, String json) throws Exception {
		return scenario.parent(family, post("/api/applications/" + id + "/submit").contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions withdrawal(Family family, String id, String json) throws Exception {
		return scenario.parent(family, post("/api/applications/" + id + "/withdrawal")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * The fields a submission with the declaration consent is refused on now. Entries are checked
	 * before the code, so the made-up code is reached only when nothing is missing, and then is
	 * refused without a code having been sent.
	 */
	private List<String> missingFields(Family family, String id) throws Exception {
		String body = scenario.body(submit(family, id, consentAnd("000000")).andExpect(status().isUnprocessableEntity()));
		if (!"DETAILS_INCOMPLETE".equals(JsonPath.read(body, "$.code"))) {
			assertThat((String) JsonPath.read(body, "$.code")).isEqualTo("VERIFICATION_CODE_NOT_SENT");
			return List.of();
		}
		return JsonPath.read(body, "$.errors[*].field");
	}

	private ResultActions upload(Family family, String id, String type, String fileName, String contentType,
			byte[] bytes) throws Exception {
		return scenario.parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", fileName, contentType, bytes))
			.param("type", type));
	}

	/** As many different pictures of each type as required, but none of the types left out. */
	private void uploadAll(Family family, String id, Map<String, Integer> required, String... leftOut)
			throws Exception {
		int seed = 100;
		for (Map.Entry<String, Integer> entry : required.entrySet()) {
			int count = List.of(leftOut).contains(entry.getKey()) ? 0 : entry.getValue();
			for (int i = 0; i < count; i++) {
				upload(family, id, entry.getKey(), entry.getKey().toLowerCase() + i + ".png", "image/png",
						picture(seed++)).andExpect(status().isCreated());
			}
		}
	}

	private ResultActions inChinese(Family family, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(family.phone(), EnrollmentScenario.PASSWORD)));
	}

	private ResultActions asStaff(String userId, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(userId, STAFF_PASSWORD)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

	private String schoolCode(String district) throws Exception {
		String schools = EnrollmentScenario.body(mvc.perform(get("/api/campaigns/" + scenario.campaignId + "/schools"))
			.andExpect(status().isOk()));
		List<String> codes = JsonPath.read(schools, "$[?(@.district == '%s')].code".formatted(district));
		assertThat(codes).hasSize(1);
		return codes.get(0);
	}

	private void assertUnchanged(Family family, String id, String before) throws Exception {
		String after = scenario.read(family, id);
		assertThat((Integer) JsonPath.read(after, "$.version")).isEqualTo(JsonPath.read(before, "$.version"));
		assertThat(after).isEqualTo(before);
	}

	private List<String> registrations(Family family) throws Exception {
		return JsonPath.read(scenario.body(scenario.parent(family, get("/api/applications")).andExpect(status().isOk())),
				"$[*].id");
	}

	private void assertNoRegistrations(Family family) throws Exception {
		assertThat(registrations(family)).isEmpty();
	}

	private static Map<String, String> errorCodes(String problem) {
		List<Map<String, Object>> errors = JsonPath.read(problem, "$.errors");
		Map<String, String> codes = new LinkedHashMap<>();
		errors.forEach(error -> codes.put((String) error.get("field"), (String) error.get("code")));
		assertThat(codes).as("one error a field").hasSize(errors.size());
		return codes;
	}

	private static Map<String, Integer> requiredDocuments(String view) {
		return documents(view, "required");
	}

	private static Map<String, Integer> uploadedDocuments(String view) {
		return documents(view, "uploaded");
	}

	private static Map<String, Integer> documents(String view, String count) {
		List<Map<String, Object>> required = JsonPath.read(view, "$.registration.requiredDocuments");
		Map<String, Integer> counts = new LinkedHashMap<>();
		required.forEach(entry -> counts.put((String) entry.get("type"), ((Number) entry.get(count)).intValue()));
		return counts;
	}

	/** A PNG of its own for each seed, so that uploads of one type are not taken for the same file. */
	private static byte[] picture(int seed) throws Exception {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color((seed * 0x9E3779 + 0x123456) & 0xFFFFFF));
		graphics.fillRect(0, 0, 16, 12);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
