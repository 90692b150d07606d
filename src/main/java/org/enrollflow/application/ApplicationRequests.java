package org.enrollflow.application;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.enrollflow.points.DisabilityType;
import org.enrollflow.points.GuardianIdType;

/** The bodies parents send. Names allow any letters, rare characters (𠮷) included. */
final class ApplicationRequests {

	static final String NAME = "^[\\p{L}\\p{M}·•. '\\-]{1,50}$";

	private ApplicationRequests() {
	}

	record Child(@NotBlank @Pattern(regexp = NAME, message = "{problem.NAME_FORMAT}") String name,
			@NotBlank @Size(max = 18) String idNumber) {
	}

	/**
	 * @param district the points path: the district registered in, one where the campaign has schools
	 * @param noticeConsent the points path: the family read the notice and consents, required {@code true}
	 */
	record Create(@NotNull UUID campaignId, @NotNull HouseholdType householdType, @NotNull @Valid Child child,
			@Size(max = 64) @Pattern(regexp = "^[0-9A-Za-z\\-]*$", message = "{problem.HOUSEHOLD_NUMBER_FORMAT}") String householdNumber,
			Boolean noticeConsent, @Pattern(regexp = "^\\d{6}$", message = "{problem.DISTRICT_FORMAT}") String district,
			@Valid OnBehalfOf onBehalfOf) {
	}

	/** The family member staff file a case for at a counter. */
	record OnBehalfOf(@NotBlank @Pattern(regexp = NAME, message = "{problem.NAME_FORMAT}") String realName,
			@NotBlank @Size(max = 18) String idNumber,
			@NotBlank @Pattern(regexp = "^1\\d{10}$", message = "{problem.PHONE_FORMAT}") String phone) {
	}

	record Binding(@NotNull @Valid Child child,
			@Size(max = 64) @Pattern(regexp = "^[0-9A-Za-z\\-]*$", message = "{problem.HOUSEHOLD_NUMBER_FORMAT}") String householdNumber) {
	}

	record Guardian1(@NotNull Relation relation) {
	}

	record Guardian2(@NotBlank @Pattern(regexp = NAME, message = "{problem.NAME_FORMAT}") String name,
			@NotNull GuardianIdType idType, @NotBlank @Size(max = 18) String idNumber,
			@NotBlank @Pattern(regexp = "^1\\d{10}$", message = "{problem.PHONE_FORMAT}") String phone,
			@NotNull Relation relation, Boolean rareCharacters) {
	}

	record Property(@NotNull PropertyKind kind, @Size(max = 200) String number) {
	}

	record Booking(@NotNull UUID slotId) {
	}

	record PrivateSignup(@NotNull UUID schoolId) {
	}

	/**
	 * The enrollment details. On the points path a draft may be partial: blank fields stay unset
	 * until submission asks for them.
	 * @param children the points path: every child of the registration, the first being the case's child
	 * @param disability the points path: the disability of the first child, when {@code children} gives none
	 * @param parentChildCase the points path: 1 (child and parents in one household booklet), 2 (the
	 *        child with one parent), 3 (with neither)
	 */
	record Details(@Valid Guardian1 guardian1, @Valid Guardian2 guardian2, @Size(max = 300) String address,
			@Valid Property property, @Valid @Size(max = 6) List<PointsChild> children, @Valid Disability disability,
			@Min(1) @Max(3) Integer parentChildCase) {
	}

	/** A child of a points-path registration; {@code pinyin} only where a character has none. */
	record PointsChild(@NotBlank @Pattern(regexp = NAME, message = "{problem.NAME_FORMAT}") String name,
			@NotBlank @Size(max = 18) String idNumber,
			@Size(max = 200) @Pattern(regexp = "^[A-Za-zÜü· ]*$", message = "{problem.PINYIN_FORMAT}") String pinyin,
			Boolean rareCharacters, @Valid Disability disability) {
	}

	record Disability(@Size(max = 7) List<@NotNull DisabilityType> types, @Size(max = 40) String certificateNumber) {
	}

	/** Submitting a points-path registration: the declaration consent and the code sent to the phone. */
	record Submission(Boolean declarationConsent, @Size(max = 20) String verificationCode) {
	}

	/** A modification or recheck request. */
	record Reasoned(@NotBlank @Size(max = 500) String reason) {
	}

	/** The public schools wished for on the points path, most wished first. */
	record Preferences(@NotNull @Size(min = 1, max = 10) List<@NotNull UUID> schoolIds) {
	}

	record Withdrawal(@NotBlank @Size(max = 500) String reason, @Size(max = 20) String verificationCode) {
	}

}
