package org.enrollflow.application;

import java.util.UUID;

/**
 * What the checks need to know about a case, with ID numbers in clear. For checks only: never log
 * or return it.
 */
public record CaseFacts(UUID applicationId, UUID campaignId, HouseholdType householdType, String childName,
		String childIdNumber, String householdNumber, UUID applicantAccountId, String applicantName,
		String applicantIdNumber, String guardian1Relation, Guardian guardian2, String address,
		PropertyKind propertyKind, String propertyNumber) {

}
