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
		PrivateSchool privateSchool, AdmissionView admission, Deadlines deadlines, List<String> availableActions,
		List<TimelineView> timeline, PointsRegistration registration, List<SchoolChoice> preferences) {

	/** The published admission (录取结果); {@code null} until the results are published. */
	record AdmissionView(AdmissionOutcome outcome, UUID schoolId, String schoolCode, String schoolName, String route,
			Instant publishedAt, String notice) {
	}

	record SchoolChoice(UUID schoolId, String code, String name) {
	}

	/**
	 * A child; on the points path with the pinyin filled in from the name, the characters it has none
	 * for ({@code pinyinUnknown}, for the parent to type) and the declared disability.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Person(String name, String idNumber, LocalDate birthDate, String pinyin, List<String> pinyinUnknown,
			Boolean rareCharacters, DisabilityView disability) {

		Person(String name, String idNumber, LocalDate birthDate) {
			this(name, idNumber, birthDate, null, null, null, null);
		}

	}

	record DisabilityView(List<String> types, String certificateNumber) {
	}

	/**
	 * What a points-path registration holds beyond the general fields: the district, the consents
	 * with their times, the relation case, the uploads its entries call for.
	 */
	record PointsRegistration(String district, Instant noticeConsentAt, Instant declarationConsentAt,
			Integer parentChildCase, boolean guardian2RareCharacters, List<RequiredDocument> requiredDocuments) {
	}

	record RequiredDocument(String type, String label, long required, long uploaded) {
	}

	/** The points by item from the year's decision table, the verified facts behind them, and the total. */
	record PointsView(BigDecimal total, boolean eligible, List<PointsItemView> items, PointsFactsView facts) {
	}

	record PointsItemView(String item, String label, BigDecimal points, String source) {
	}

	record PointsFactsView(int mainApplicantMonths, int secondParentMonths, LocalDate residenceSince,
			int residencePermitYears, boolean homeInDistrict, String homeAddress) {
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

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Deadlines(Instant confirmation, Instant registrationCloses, Instant modificationCloses,
			Instant recheckCloses) {
	}

	record TimelineView(Instant at, ApplicationStatus status, String action, String note, String actor,
			String onBehalfOf) {
	}

	/** The short form for lists. */
	record Summary(UUID id, UUID campaignId, String path, ApplicationStatus status, String statusLabel,
			String childName, String childIdNumber, long version, List<String> availableActions) {
	}

}
