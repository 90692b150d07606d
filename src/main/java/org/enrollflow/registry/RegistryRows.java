package org.enrollflow.registry;

import java.time.LocalDate;

import org.enrollflow.shared.IdNumbers;

/**
 * Reads the data lines of each dataset into records, with the limits of the tables they go to.
 */
final class RegistryRows {

	static final int NAME_LENGTH = 100;
	static final int NUMBER_LENGTH = 40;
	static final int CERTIFICATE_LENGTH = 100;
	static final int CONTRACT_LENGTH = 60;
	static final int ADDRESS_LENGTH = 300;
	static final int DISTRICT_LENGTH = 40;
	static final int TYPES_LENGTH = 400;

	private RegistryRows() {
	}

	static PersonRecord person(CsvLine line) {
		String idNumber = line.idNumber("id_number");
		String name = line.text("name", NAME_LENGTH);
		LocalDate birthDate = line.date("birth_date");
		if (!IdNumbers.birthDateOf(idNumber).orElseThrow().equals(birthDate)) {
			throw new CsvLine.Rejected("BIRTH_DATE_MISMATCH", "birth_date");
		}
		return new PersonRecord(idNumber, name, birthDate, line.optionalText("household_number", NUMBER_LENGTH),
				line.optionalRegion("hukou_region"), line.optionalIdNumber("father_id_number"),
				line.optionalIdNumber("mother_id_number"));
	}

	static ResidencePermitRecord residencePermit(CsvLine line) {
		return new ResidencePermitRecord(line.idNumber("holder_id_number"),
				line.text("permit_number", NUMBER_LENGTH), line.region("region"), line.date("residence_since"));
	}

	static PropertyRecord property(CsvLine line) {
		return new PropertyRecord(line.text("certificate_number", CERTIFICATE_LENGTH),
				line.idNumbers("owner_id_numbers"), line.text("address", ADDRESS_LENGTH),
				line.text("district", DISTRICT_LENGTH), line.usage("usage"), line.area("area_m2"),
				line.date("registered_on"));
	}

	static PurchaseContractRecord purchaseContract(CsvLine line) {
		return new PurchaseContractRecord(line.text("contract_number", CONTRACT_LENGTH),
				line.idNumbers("buyer_id_numbers"), line.text("address", ADDRESS_LENGTH),
				line.text("district", DISTRICT_LENGTH), line.usage("usage"), line.date("filed_on"));
	}

	static DisabilityRecord disability(CsvLine line) {
		return new DisabilityRecord(line.text("certificate_number", NUMBER_LENGTH),
				line.idNumber("holder_id_number"), line.list("types", TYPES_LENGTH));
	}

	static SocialInsuranceRecord socialInsurance(CsvLine line) {
		return new SocialInsuranceRecord(line.idNumber("id_number"), line.region("region"), line.months("months"));
	}

	static Catchment catchment(CsvLine line) {
		return new Catchment(line.text("school_code", NUMBER_LENGTH), line.text("address_prefix", ADDRESS_LENGTH));
	}

	/** A catchment line: addresses starting with the prefix belong to the school. */
	record Catchment(String schoolCode, String addressPrefix) {
	}

}
