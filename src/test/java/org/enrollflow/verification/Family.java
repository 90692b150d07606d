package org.enrollflow.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckResult;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.PropertyRecord;
import org.enrollflow.shared.IdNumbers;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synthetic family (child, father, mother, grandmother) in Changzhou 2023, with valid made-up ID
 * numbers, and what the checks' tests share.
 */
final class Family {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2023-05-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

	static final CampaignView CAMPAIGN = new CampaignView(UUID.randomUUID(), "CZ-2023", "2023年常州市小学新生入学", "3204",
			CampaignPath.GENERAL, LocalDate.of(2016, 9, 1), LocalDate.of(2017, 8, 31),
			Instant.parse("2023-05-21T16:00:00Z"), Instant.parse("2023-06-26T16:00:00Z"),
			Instant.parse("2023-06-30T16:00:00Z"), Duration.ofDays(2), Instant.parse("2023-06-30T16:00:00Z"),
			Instant.parse("2023-07-03T16:00:00Z"), 12, Duration.ofDays(2), null, null);

	static final String CHILD = id("320402", "20170315", "011");
	static final String FATHER = id("320402", "19850601", "013");
	static final String MOTHER = id("320404", "19870228", "022");
	static final String GRANDMOTHER = id("320402", "19580909", "024");
	static final String STRANGER = id("320411", "19800101", "035");

	static final String HOUSEHOLD = "H320402001234";
	static final String CERTIFICATE = "苏(2021)常州市不动产权第0123456号";

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private Family() {
	}

	static PersonRecord child() {
		return new PersonRecord(CHILD, "李𠮷", LocalDate.of(2017, 3, 15), HOUSEHOLD, "320402", FATHER, MOTHER);
	}

	static PersonRecord father() {
		return new PersonRecord(FATHER, "李建国", LocalDate.of(1985, 6, 1), HOUSEHOLD, "320402", null, null);
	}

	static PersonRecord mother() {
		return new PersonRecord(MOTHER, "王芳", LocalDate.of(1987, 2, 28), "H320404000001", "320404", null, null);
	}

	static PersonRecord grandmother() {
		return new PersonRecord(GRANDMOTHER, "张秀英", LocalDate.of(1958, 9, 9), HOUSEHOLD, "320402", null, null);
	}

	static FakeRegistry registry() {
		return new FakeRegistry().person(child()).person(father()).person(mother()).person(grandmother());
	}

	static PropertyRecord property(String number, String usage, String... owners) {
		return new PropertyRecord(number, List.of(owners), "常州市天宁区青果巷12号", "320402", usage, new BigDecimal("89.50"),
				LocalDate.of(2021, 5, 6));
	}

	/** The father applies for his local child, with the mother as guardian 2 and their certificate. */
	static CaseFacts facts() {
		return new CaseFacts(UUID.randomUUID(), CAMPAIGN.id(), HouseholdType.LOCAL, "李𠮷", CHILD, HOUSEHOLD,
				UUID.randomUUID(), "李建国", FATHER, "FATHER", new Guardian("王芳", "RESIDENT_ID", MOTHER, "13800000000",
						"MOTHER"), "常州市天宁区青果巷12号", PropertyKind.CERTIFICATE, CERTIFICATE);
	}

	static String id(String addressCode, String birthDate, String sequence) {
		String first17 = addressCode + birthDate + sequence;
		return first17 + IdNumbers.checkCharacter(first17);
	}

	static String withWrongCheckCharacter(String idNumber) {
		return idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
	}

	static String iso(LocalDate date) {
		return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

	/** The one result of a check, whose reason (if any) reads well in Chinese and English. */
	static CheckResult result(List<CheckResult> results, String check) {
		List<CheckResult> ofCheck = results.stream().filter(result -> result.check().equals(check)).toList();
		assertThat(ofCheck).as("results of %s in %s", check, results).hasSize(1);
		CheckResult result = ofCheck.get(0);
		if (result.reasonCode() != null) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String reason = MESSAGES.getMessage("check." + result.reasonCode(), result.reasonArguments().toArray(),
						null, locale);
				assertThat(reason).as("reason %s in %s", result.reasonCode(), locale).isNotBlank().doesNotContain("{");
			}
		}
		return result;
	}

	static void assertFailed(List<CheckResult> results, String check, String reasonCode, Object... arguments) {
		CheckResult result = result(results, check);
		assertThat(result.passed()).as("%s passed", check).isFalse();
		assertThat(result.reasonCode()).isEqualTo(reasonCode);
		assertThat(result.reasonArguments()).containsExactly(arguments);
	}

	static void assertPassed(List<CheckResult> results, String check) {
		CheckResult result = result(results, check);
		assertThat(result.passed()).as("%s passed, reason %s", check, result.reasonCode()).isTrue();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/verification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
