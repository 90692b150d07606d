package org.enrollflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.enrollflow.document.DocumentView;

/** An application as the API returns it: ID numbers masked, reasons and labels in the caller's language. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ApplicationView(UUID id, UUID campaignId, String path, HouseholdType householdType, ApplicationStatus status,
		String statusLabel, long version, Person child, List<Person> children, List<GuardianView> guardians,
		String householdNumber, String address, PropertyView property, RegistryData registryData,
		List<DocumentView> documents, List<VerificationView> verifications, Object points, AppointmentSummary appointment,
		PrivateSchool privateSchool, Object admission, Deadlines deadlines, List<String> availableActions,
		List<TimelineView> timeline) {

	record Person(String name, String idNumber, LocalDate birthDate) {
	}

	record GuardianView(String role, String name, String relation, String idType, String idNumber, String phone) {
	}

	record PropertyView(PropertyKind kind, String number, String registryNumber, String registryAddress,
			BigDecimal registryAreaM2, LocalDate registryRegisteredOn, String registryDistrict) {
	}

	record RegistryData(String hukouRegion, LocalDate residenceSince) {
	}

	record VerificationView(String stage, String check, boolean passed, String reason, String reasonZh,
			String reasonEn) {
	}

	/** The on-site review appointment: when, where, and the originals to bring. */
	record AppointmentSummary(UUID slotId, Instant start, Instant end, String place, String status,
			boolean assigned, int noShows, List<BringItem> bring) {
	}

	record BringItem(String item, String label) {
	}

	/** The private school the case signed up for; {@code frozen} once the signup window closed. */
	record PrivateSchool(UUID schoolId, String code, String name, Instant signedUpAt, boolean frozen) {
	}

	record Deadlines(Instant confirmation, Instant registrationCloses) {
	}

	record TimelineView(Instant at, ApplicationStatus status, String action, String note, String actor,
			String onBehalfOf) {
	}

	/** The short form for lists. */
	record Summary(UUID id, UUID campaignId, String path, ApplicationStatus status, String statusLabel,
			String childName, String childIdNumber, long version, List<String> availableActions) {
	}

}
