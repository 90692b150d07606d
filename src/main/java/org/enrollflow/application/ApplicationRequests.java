package org.enrollflow.application;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.enrollflow.points.GuardianIdType;

/** The bodies parents send. Names allow any letters, rare characters (𠮷) included. */
final class ApplicationRequests {

	static final String NAME = "^[\\p{L}\\p{M}·•. '\\-]{1,50}$";

	private ApplicationRequests() {
	}

	record Child(@NotBlank @Pattern(regexp = NAME, message = "{problem.NAME_FORMAT}") String name,
			@NotBlank @Size(max = 18) String idNumber) {
	}

	record Create(@NotNull UUID campaignId, @NotNull HouseholdType householdType, @NotNull @Valid Child child,
			@Size(max = 64) @Pattern(regexp = "^[0-9A-Za-z\\-]*$", message = "{problem.HOUSEHOLD_NUMBER_FORMAT}") String householdNumber,
			Boolean noticeConsent, @Valid OnBehalfOf onBehalfOf) {
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
			@NotNull Relation relation) {
	}

	record Property(@NotNull PropertyKind kind, @Size(max = 200) String number) {
	}

	record Booking(@NotNull UUID slotId) {
	}

	record PrivateSignup(@NotNull UUID schoolId) {
	}

	record Details(@Valid Guardian1 guardian1, @Valid Guardian2 guardian2, @Size(max = 300) String address,
			@Valid Property property) {
	}

}
