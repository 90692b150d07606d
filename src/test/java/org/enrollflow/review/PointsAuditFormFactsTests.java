package org.enrollflow.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.variable.VariableMap;
import org.enrollflow.application.CheckOutcome;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.application.PointsFindings;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.DocumentView;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PointsAuditFormFactsTests {

	private static final String APPLICANT_ID = "350212198801010011";

	private static final String GUARDIAN2_ID = "35021219900202002X";

	private static final String CHILD_ID = "350212202003150031";

	private static final String TWIN_ID = "350212202003150058";

	/** A disability certificate number: the holder's ID number, the kind and the grade. */
	private static final String CERTIFICATE = CHILD_ID + "12";

	private static final UUID APPLICATION_ID = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001");

	private final ResourceBundleMessageSource messages = messages();

	private final FormFactTexts texts = new FormFactTexts(messages);

	private final PointsAuditFormFacts facts = new PointsAuditFormFacts(null, null, texts, new DocumentLinks(texts),
			messages);

	@Test
	void showsGuardiansAndChildrenWithTheirIdNumbersMasked() {
		VariableMap variables = facts.of(family(), findings(), List.of(), List.of(), null);

		assertThat(variables).containsEntry(PointsAuditFormFacts.CHILD_NAME, "陈𠮷安、陈𠮷宁")
			.containsEntry(PointsAuditFormFacts.DISTRICT, "350212")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_NAME, "陈大明")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_RELATION, "父亲 / Father")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_ID_TYPE, "居民身份证 / Resident ID card")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_ID_MASKED, "350212********0011")
			.containsEntry(PointsAuditFormFacts.GUARDIAN2_NAME, "林小红")
			.containsEntry(PointsAuditFormFacts.GUARDIAN2_RELATION, "母亲 / Mother")
			.containsEntry(PointsAuditFormFacts.GUARDIAN2_ID_MASKED, "350212********002X")
			.containsEntry(PointsAuditFormFacts.CHILDREN,
					"1. 陈𠮷安 · 350212********0031 · 出生日期 / Date of birth 2020-03-15\n"
							+ "2. 陈𠮷宁 · 350212********0058 · 出生日期 / Date of birth 2020-03-15")
			.containsEntry(PointsAuditFormFacts.PARENT_CHILD_CASE,
					"情形一:儿童与父母双方在同一户口簿 / Case 1: the child and both parents in one household register")
			.containsEntry(PointsAuditFormFacts.DISABILITY,
					"1. 陈𠮷安 (350212********0031): 视力残疾 / Visual, 听力残疾 / Hearing"
							+ " · 残疾人证号 / Disability certificate 350212**********3112\n"
							+ "2. 陈𠮷宁 (350212********0058): 未申报残疾 / No disability declared");
		assertThat(variables.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class))
			.noneMatch(value -> String.valueOf(value).contains(APPLICANT_ID))
			.noneMatch(value -> String.valueOf(value).contains(GUARDIAN2_ID))
			.noneMatch(value -> String.valueOf(value).contains(CHILD_ID))
			.noneMatch(value -> String.valueOf(value).contains(TWIN_ID));
	}

	@Test
	void showsWhatTheRegistriesFoundAndTheChecks() {
		VariableMap variables = facts.of(family(), findings(),
				List.of(new CheckOutcome("VERIFICATION", "HOME", true, null, null),
						new CheckOutcome("VERIFICATION", "SOCIAL_INSURANCE", false, "社保不足 12 个月",
								"Less than 12 months of social insurance")),
				List.of(), "REVIEWED");

		assertThat(variables)
			.containsEntry(PointsAuditFormFacts.PROPERTY, "购房合同备案 / Filed purchase contract: XM2024-000123")
			.containsEntry(PointsAuditFormFacts.REGISTRY_HOME,
					"本区住宅,属监护人所有 / A home in the district, owned by a guardian\n"
							+ "登记地址 / Registered address: 厦门市同安区城南路1号")
			.containsEntry(PointsAuditFormFacts.RESIDENCE_PERMIT,
					"居住证起始日期 2019-03-01,至报名截止满 5 年 / Residence permit since 2019-03-01: 5 full years at the registration close")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_MONTHS, "36 个月 / 36 months")
			.containsEntry(PointsAuditFormFacts.GUARDIAN2_MONTHS, "0 个月 / 0 months")
			.containsEntry(PointsAuditFormFacts.CHECKS, "已记录 2 项核验,其中 1 项未通过 / 2 checks recorded, 1 of them failed"
					+ "\n✗ 社保不足 12 个月 / Less than 12 months of social insurance")
			.containsEntry(PointsAuditFormFacts.MODIFICATION_FROM, "审核已完成 / Review completed");
		assertThat((String) variables.get(PointsAuditFormFacts.FINDINGS)).contains("36 个月 / 36 months")
			.contains("2019-03-01")
			.contains("厦门市同安区城南路1号");
	}

	@Test
	void saysWhatIsNotKnownYet() {
		PointsCaseFacts draft = new PointsCaseFacts(APPLICATION_ID, UUID.randomUUID(), "350212", "陈大明", APPLICANT_ID,
				null, null, List.of(), null, null, null, null);

		VariableMap variables = facts.of(draft, null, List.of(), List.of(), null);

		assertThat(variables).containsEntry(PointsAuditFormFacts.GUARDIAN2_NAME, "未填写 / Not given")
			.containsEntry(PointsAuditFormFacts.GUARDIAN2_ID_MASKED, "未填写 / Not given")
			.containsEntry(PointsAuditFormFacts.PARENT_CHILD_CASE, "未填写 / Not given")
			.containsEntry(PointsAuditFormFacts.PROPERTY, "未填写 / Not given")
			.containsEntry(PointsAuditFormFacts.REGISTRY_HOME, "尚未核验 / Not verified yet")
			.containsEntry(PointsAuditFormFacts.GUARDIAN1_MONTHS, "尚未核验 / Not verified yet")
			.containsEntry(PointsAuditFormFacts.CHECKS, "尚未核验 / Not verified yet")
			.containsEntry(PointsAuditFormFacts.MODIFICATION_FROM, "未填写 / Not given")
			.containsEntry(PointsAuditFormFacts.ALL_DOCUMENTS, "未上传材料 / No documents uploaded");
	}

	@Test
	void linksEachDocumentUnderItsTypeWithTheNameEscaped() {
		UUID birth = UUID.randomUUID();
		UUID property = UUID.randomUUID();
		VariableMap variables = facts.of(family(), findings(), List.of(),
				List.of(document(birth, DocumentType.BIRTH_CERTIFICATE, "出生证明](javascript:x){{a}}.pdf"),
						document(property, DocumentType.PROPERTY_CERTIFICATE, "合同.jpg")),
				null);

		String birthLink = "- <a href=\"/review/applications/" + APPLICATION_ID + "/documents/" + birth
				+ "\" target=\"_blank\">出生医学证明 &#47; Birth certificate&#58; 出生证明&#93;&#40;javascript&#58;x&#41;"
				+ "&#123;&#123;a&#125;&#125;&#46;pdf</a>";
		String propertyLink = "- <a href=\"/review/applications/" + APPLICATION_ID + "/documents/" + property
				+ "\" target=\"_blank\">不动产权证书&#40;房产证&#41; &#47; Property certificate&#58; 合同&#46;jpg</a>";
		assertThat(variables).containsEntry(PointsAuditFormFacts.IDENTITY_DOCUMENTS, birthLink)
			.containsEntry(PointsAuditFormFacts.HOUSING_DOCUMENTS, propertyLink)
			.containsEntry(PointsAuditFormFacts.DISABILITY_DOCUMENTS, "未上传材料 / No documents uploaded")
			.containsEntry(PointsAuditFormFacts.ALL_DOCUMENTS, birthLink + "\n" + propertyLink);
	}

	@Test
	void keepsTheLinksWithinAStringVariable() {
		List<DocumentView> many = IntStream.range(0, 50)
			.mapToObj(index -> document(UUID.randomUUID(), DocumentType.OTHER, "材料-" + index + ".pdf"))
			.toList();

		String links = (String) facts.of(family(), findings(), List.of(), many, null)
			.get(PointsAuditFormFacts.ALL_DOCUMENTS);

		assertThat(links.length()).isLessThanOrEqualTo(PointsAuditFormFacts.MAX_TEXT);
		String[] lines = links.split("\n");
		assertThat(lines[lines.length - 1])
			.startsWith("- <a href=\"/review/applications/" + APPLICATION_ID + "/documents\"")
			.contains("另有 " + (50 - (lines.length - 1)) + " 份材料未列出");
	}

	private static PointsCaseFacts family() {
		return new PointsCaseFacts(APPLICATION_ID, UUID.randomUUID(), "350212", "陈大明", APPLICANT_ID, "FATHER",
				new Guardian("林小红", "RESIDENT_ID", GUARDIAN2_ID, "13900000000", "MOTHER"),
				List.of(new PointsCaseFacts.Child("陈𠮷安", CHILD_ID, List.of("VISUAL", "HEARING"), CERTIFICATE),
						new PointsCaseFacts.Child("陈𠮷宁", TWIN_ID, List.of(), null)),
				1, "厦门市同安区城南路1号", PropertyKind.CONTRACT, "XM2024-000123");
	}

	private static PointsFindings findings() {
		return new PointsFindings(36, 0, LocalDate.of(2019, 3, 1), 5, true, "厦门市同安区城南路1号");
	}

	private static DocumentView document(UUID id, DocumentType type, String fileName) {
		return new DocumentView(id, APPLICATION_ID, type, "application/pdf", 1024, "0".repeat(64), fileName,
				Instant.parse("2031-05-02T08:00:00Z"));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/review", "i18n/points", "i18n/document");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
