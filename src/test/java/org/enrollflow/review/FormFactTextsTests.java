package org.enrollflow.review;

import java.util.List;

import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckOutcome;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.application.PropertyKind;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormFactTextsTests {

	private static final String CHILD_ID = "32040220200101001X";

	private final FormFactTexts texts = new FormFactTexts(messages());

	@Test
	void showsTheFactsInChineseAndEnglishWithTheIdNumberMasked() {
		VariableMap variables = texts.of(facts(HouseholdType.NON_LOCAL, "GRANDMOTHER", PropertyKind.CERTIFICATE,
				"苏(2021)常州市不动产权第0123456号"), true, false,
				List.of(new CheckOutcome("BINDING", "CHILD_IDENTITY", true, null, null),
						new CheckOutcome("BINDING", "APPLICANT_PARENT", true, "申请人不是父母", "The applicant is not a parent")));

		assertThat(variables).containsEntry(FormFact.CHILD_NAME, "李𠮷祥")
			.containsEntry(FormFact.CHILD_ID_MASKED, "320402********001X")
			.containsEntry(FormFact.HOUSEHOLD_TYPE, "随迁子女 / Migrant child")
			.containsEntry(FormFact.APPLICANT_RELATION, "祖母/外祖母 / Grandmother")
			.containsEntry(FormFact.ADDRESS, "常州市天宁区青洋路12号")
			.containsEntry(FormFact.PROPERTY, "不动产权证书 / Real-estate certificate: 苏(2021)常州市不动产权第0123456号")
			.containsEntry(FormFact.VERIFICATION,
					"大数据校验:通过;申请人是父母:否\nData verification: passed; applicant is a parent: no"
							+ "\n· 申请人不是父母 / The applicant is not a parent");
		assertThat(variables.values()).noneMatch(value -> String.valueOf(value).contains(CHILD_ID));
	}

	@Test
	void saysWhatIsNotKnownYet() {
		VariableMap variables = texts.of(facts(HouseholdType.LOCAL, null, null, null), null, null, List.of());

		assertThat(variables).containsEntry(FormFact.APPLICANT_RELATION, "未填写 / Not given")
			.containsEntry(FormFact.PROPERTY, "未填写 / Not given")
			.containsEntry(FormFact.VERIFICATION,
					"大数据校验:未完成;申请人是父母:未知\nData verification: not done; applicant is a parent: unknown");
	}

	@Test
	void showsAFamilyWithoutProperty() {
		assertThat(texts.of(facts(HouseholdType.LOCAL, "FATHER", PropertyKind.NONE, null), true, true, List.of()))
			.containsEntry(FormFact.PROPERTY, "无房产 / No property")
			.containsEntry(FormFact.HOUSEHOLD_TYPE, "本地户籍 / Local hukou");
	}

	private static CaseFacts facts(HouseholdType householdType, String relation, PropertyKind propertyKind,
			String propertyNumber) {
		return new CaseFacts(UUID.randomUUID(), UUID.randomUUID(), householdType, "李𠮷祥", CHILD_ID, "H001",
				UUID.randomUUID(), "李奶奶", "320402195501010023", relation, null, "常州市天宁区青洋路12号", propertyKind,
				propertyNumber);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/review");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
