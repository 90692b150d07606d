package org.enrollflow.registry;

/**
 * Social insurance paid for a person in a region.
 * @param months the months paid on time (back-paid months are not counted)
 */
public record SocialInsuranceRecord(String idNumber, String region, int months) {
}
