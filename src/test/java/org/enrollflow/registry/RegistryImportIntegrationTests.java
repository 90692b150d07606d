package org.enrollflow.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.IdNumberProtector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnrollFlowIntegrationTest
@WithMockUser(roles = "ADMIN")
class RegistryImportIntegrationTests {

	private static final String PERSONS_HEADER = "id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n";
	private static final MediaType TEXT_CSV = MediaType.valueOf("text/csv");
	private static final LocalDate CHILD_BIRTH_DATE = LocalDate.of(2017, 3, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryGateway registry;

	@Autowired
	IdNumberProtector protector;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importsTheGoodLinesAndRejectsEachBadLineWithItsReason() throws Exception {
		String first = TestIdNumbers.next(CHILD_BIRTH_DATE);
		String second = TestIdNumbers.next(CHILD_BIRTH_DATE);
		String csv = PERSONS_HEADER
				+ first + ",张一,2017-03-15,H1,320402,,\n"
				+ first + ",张二\n"
				+ "32049920170315,张三,2017-03-15,,,,\n"
				+ TestIdNumbers.withWrongCheckCharacter(TestIdNumbers.next(CHILD_BIRTH_DATE)) + ",张四,2017-03-15,,,,\n"
				+ TestIdNumbers.next(CHILD_BIRTH_DATE) + ",张五,2017-03-16,,,,\n"
				+ TestIdNumbers.next(CHILD_BIRTH_DATE) + ",张六,15.03.2017,,,,\n"
				+ TestIdNumbers.next(CHILD_BIRTH_DATE) + "," + "张".repeat(101) + ",2017-03-15,,,,\n"
				+ TestIdNumbers.next(CHILD_BIRTH_DATE) + ",张八,2017-03-15,,常州,,\n"
				+ "\n"
				+ second + ",张九,2017-03-15,H9,320402,,\n";

		importCsv("persons", csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.rejected.length()").value(7))
			.andExpect(jsonPath("$.rejected[0].line").value(3))
			.andExpect(jsonPath("$.rejected[0].reason").value("应有 7 列,实际为 2 列。"))
			.andExpect(jsonPath("$.rejected[1].line").value(4))
			.andExpect(jsonPath("$.rejected[1].reason").value("id_number:身份证号应为 18 位,前 17 位为数字,最后一位为数字或 X。"))
			.andExpect(jsonPath("$.rejected[2].line").value(5))
			.andExpect(jsonPath("$.rejected[2].reason").value("id_number:身份证号校验位不正确。"))
			.andExpect(jsonPath("$.rejected[3].line").value(6))
			.andExpect(jsonPath("$.rejected[3].reason").value("birth_date:与身份证号中的出生日期不一致。"))
			.andExpect(jsonPath("$.rejected[4].line").value(7))
			.andExpect(jsonPath("$.rejected[4].reason").value("birth_date:应为 YYYY-MM-DD 格式的有效日期,例如 2017-09-01。"))
			.andExpect(jsonPath("$.rejected[5].line").value(8))
			.andExpect(jsonPath("$.rejected[5].reason").value("name:超过最大长度 100 个字符。"))
			.andExpect(jsonPath("$.rejected[6].line").value(9))
			.andExpect(jsonPath("$.rejected[6].reason").value("hukou_region:应为 2 到 12 位数字的行政区划代码,例如 3204。"));

		assertThat(registry.person(first)).hasValueSatisfying(person -> assertThat(person.name()).isEqualTo("张一"));
		assertThat(registry.person(second)).hasValueSatisfying(person -> assertThat(person.name()).isEqualTo("张九"));
	}

	@Test
	void givesReasonsInTheRequestersLanguage() throws Exception {
		String holder = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
		String csv = "id_number,region,months\n"
				+ holder + ",350212,-1\n"
				+ holder + ",350212,twelve\n"
				+ holder + ",350212,12\n";

		importCsv("social-insurance", csv, "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].reason").value("months: must not be negative."))
			.andExpect(jsonPath("$.rejected[1].line").value(3))
			.andExpect(jsonPath("$.rejected[1].reason").value("months: must be a number."));
	}

	@Test
	void rejectsPropertyLinesWithReasonsOfTheirOwn() throws Exception {
		String owner = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
		String csv = "certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on\n"
				+ "苏(2021)常州市不动产权第9000001号,,常州市天宁区,320402,RESIDENTIAL,89.5,2021-05-06\n"
				+ "苏(2021)常州市不动产权第9000002号," + owner + ",常州市天宁区,320402,RESIDENTIAL,-3,2021-05-06\n"
				+ "苏(2021)常州市不动产权第9000003号," + owner + ",常州市天宁区,320402,RESIDENTIAL,89.5,2021-05-06\n";

		importCsv("properties", csv, "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected[0].reason").value("owner_id_numbers: must not be empty."))
			.andExpect(jsonPath("$.rejected[1].reason")
				.value("area_m2: the area must be more than 0, with at most two decimals and at most 99999999.99."));
	}

	@Test
	void updatesARecordImportedAgainByItsNaturalKey() throws Exception {
		String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
		importCsv("persons", PERSONS_HEADER + child + ",王小明,2017-03-15,H1,320402,,\n")
			.andExpect(jsonPath("$.imported").value(1));

		importCsv("persons", PERSONS_HEADER + child.toLowerCase() + ",王晓明,2017-03-15,H2,320404,,\n")
			.andExpect(jsonPath("$.imported").value(1));

		assertThat(registry.person(child)).hasValue(new PersonRecord(child, "王晓明", CHILD_BIRTH_DATE, "H2", "320404",
				null, null));
		assertThat(jdbc.queryForObject("select count(*) from registry_person where person_id_hash = ?", Integer.class,
				protector.hash(child))).isEqualTo(1);
	}

	@Test
	void acceptsAFileWithAByteOrderMark() throws Exception {
		String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
		importCsv("persons", "\uFEFF" + PERSONS_HEADER + child + ",赵一,2017-03-15,,,,\r\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected").isEmpty());
	}

	@Test
	void keepsNamesOutsideTheBasicMultilingualPlane() throws Exception {
		String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
		importCsv("persons", PERSONS_HEADER + child + ",李𠮷祥,2017-03-15,,,,\n").andExpect(jsonPath("$.imported").value(1));

		assertThat(registry.person(child)).hasValueSatisfying(person -> assertThat(person.name()).isEqualTo("李𠮷祥"));
	}

	@Test
	void storesIdNumbersEncryptedOnly() throws Exception {
		String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
		String father = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
		importCsv("persons", PERSONS_HEADER + child + ",钱一,2017-03-15,,,," + father + "\n")
			.andExpect(jsonPath("$.imported").value(1));

		String stored = jdbc.queryForObject(
				"select concat(person_id_encrypted, '|', person_id_hash, '|', mother_id_encrypted, '|', mother_id_hash) "
						+ "from registry_person where person_id_hash = ?", String.class, protector.hash(child));
		assertThat(stored).doesNotContain(child).doesNotContain(father);
	}

	@Test
	void answersNotFoundForAnUnknownDataset() throws Exception {
		importCsv("pets", "name\nRex\n").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("REGISTRY_DATASET_UNKNOWN"));
	}

	@Test
	void refusesAWrongHeader() throws Exception {
		importCsv("catchments", "school,prefix\nS1,常州市\n", "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REGISTRY_CSV_HEADER"))
			.andExpect(jsonPath("$.detail")
				.value("Line 1 is not the expected header. The header of dataset catchments is: school_code,address_prefix"));
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		importCsv("catchments", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REGISTRY_CSV_EMPTY"));
	}

	@Test
	void refusesAnythingButCsv() throws Exception {
		mvc.perform(post("/api/admin/registry/{dataset}", "catchments").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void refusesAFileThatIsNotUtf8AndImportsNothing() throws Exception {
		String csv = "school_code,address_prefix\nS-GBK-1,常州市钟楼区\n";
		mvc.perform(post("/api/admin/registry/{dataset}", "catchments").with(csrf())
			.contentType(TEXT_CSV)
			.content(csv.getBytes(Charset.forName("GBK")))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REGISTRY_CSV_ENCODING"));
	}

	@Test
	void refusesMalformedCsvAndImportsNothing() throws Exception {
		String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
		importCsv("persons", PERSONS_HEADER + child + ",孙一,2017-03-15,,,,\n\"unterminated,孙二\n")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REGISTRY_CSV_MALFORMED"));

		assertThat(registry.person(child)).isEmpty();
	}

	private ResultActions importCsv(String dataset, String csv) throws Exception {
		return mvc.perform(post("/api/admin/registry/{dataset}", dataset).with(csrf())
			.contentType(TEXT_CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private ResultActions importCsv(String dataset, String csv, String language) throws Exception {
		return mvc.perform(post("/api/admin/registry/{dataset}", dataset).with(csrf())
			.contentType(TEXT_CSV)
			.header("Accept-Language", language)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

}
