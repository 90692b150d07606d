package org.enrollflow.account;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.enrollflow.registry.ImportReport;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.IdNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic people for account tests: valid ID numbers from an address code no other test uses, fresh phone numbers. */
final class TestFamilies {

	private static final String ADDRESS_CODE = "320496";

	private static final LocalDate BORN = LocalDate.of(1988, 3, 1);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final AtomicInteger PHONES = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000));

	private TestFamilies() {
	}

	static String idNumber() {
		int n = SEQUENCE.incrementAndGet();
		String first17 = ADDRESS_CODE + BORN.plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ "%03d".formatted(n % 1000);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	static String phone() {
		return "139" + "%08d".formatted(PHONES.incrementAndGet() % 100_000_000);
	}

	/** Makes the identity registry know this person under this name. */
	static void inRegistry(RegistryImports imports, String idNumber, String name) {
		String birthDate = IdNumbers.birthDateOf(idNumber).orElseThrow().toString();
		ImportReport report = imports.importCsv("persons",
				new StringReader("id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number\n"
						+ idNumber + "," + name + "," + birthDate + ",H0001,320402,,\n"));
		assertThat(report.rejected()).isEmpty();
	}

	static String accountJson(String phone, String password, String realName, String idNumber) {
		return """
				{"phone": "%s", "email": "parent@example.com", "password": "%s", "realName": "%s", "idNumber": "%s"}"""
			.formatted(phone, password, realName, idNumber);
	}

}
