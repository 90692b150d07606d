package org.enrollflow.registry;

import java.time.LocalDate;

import org.enrollflow.shared.IdNumbers;

/**
 * A person as the identity and hukou registry knows them.
 * @param householdNumber the household booklet number (户号), {@code null} when none is recorded
 * @param hukouRegion the administrative code of the hukou, {@code null} when none is recorded
 * @param fatherIdNumber {@code null} when the registry names no father
 * @param motherIdNumber {@code null} when the registry names no mother
 */
public record PersonRecord(String idNumber, String name, LocalDate birthDate, String householdNumber,
		String hukouRegion, String fatherIdNumber, String motherIdNumber) {

	/** Whether the registry names this person as the father or the mother. */
	public boolean hasParent(String idNumber) {
		String id = IdNumbers.normalize(idNumber);
		return id != null && (id.equals(fatherIdNumber) || id.equals(motherIdNumber));
	}

}
