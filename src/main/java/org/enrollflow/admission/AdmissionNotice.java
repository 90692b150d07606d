package org.enrollflow.admission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an admission notice (录取通知书) says, for {@link AdmissionNoticePdf}.
 *
 * @param campaignName the enrollment campaign, for example {@code 2025年义务教育招生}
 * @param childName the child's name as registered, any Unicode (𠮷 included)
 * @param childIdNumberMasked the child's ID number masked ({@code 320402********1234}), never the full
 * number: it must contain a {@code *}; {@code null} when the child has none
 * @param admitted whether the child got a seat
 * @param schoolName the school the child is admitted to; {@code null} when not admitted
 * @param schoolAddressOrNull the school's address, {@code null} when unknown or not admitted
 * @param issuedBy the issuing education bureau's name
 * @param issuedOn the notice's date
 * @param reference the notice number, short
 */
public record AdmissionNotice(String campaignName, String childName, String childIdNumberMasked, boolean admitted,
		String schoolName, String schoolAddressOrNull, String issuedBy, LocalDate issuedOn, String reference) {

	public AdmissionNotice {
		requireText(campaignName, "campaignName");
		requireText(childName, "childName");
		requireText(issuedBy, "issuedBy");
		Objects.requireNonNull(issuedOn, "issuedOn");
		requireText(reference, "reference");
		if (childIdNumberMasked != null && childIdNumberMasked.indexOf('*') < 0) {
			throw new IllegalArgumentException("childIdNumberMasked must be masked (IdNumbers.mask)");
		}
		if (admitted) {
			requireText(schoolName, "schoolName");
		}
		else if (schoolName != null || schoolAddressOrNull != null) {
			throw new IllegalArgumentException("a child not admitted has no school");
		}
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
