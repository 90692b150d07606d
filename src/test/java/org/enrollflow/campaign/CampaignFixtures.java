package org.enrollflow.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Valid request bodies to start from; each test changes what it is about.
 */
final class CampaignFixtures {

	private CampaignFixtures() {
	}

	/** A code no other test uses, so tests sharing one database do not collide. */
	static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> campaign(String code) {
		Map<String, Object> campaign = new LinkedHashMap<>();
		campaign.put("code", code);
		campaign.put("name", "2031年常州市小学新生入学");
		campaign.put("region", "3204");
		campaign.put("path", "GENERAL");
		campaign.put("birthDateFrom", "2024-09-01");
		campaign.put("birthDateTo", "2025-08-31");
		campaign.put("registrationOpens", "2031-05-01T00:00:00Z");
		campaign.put("registrationCloses", "2031-05-20T16:00:00Z");
		campaign.put("confirmationDeadline", "2031-05-25T16:00:00Z");
		campaign.put("privateSignupOpens", "2031-06-01T00:00:00Z");
		campaign.put("privateSignupCloses", "2031-06-05T16:00:00Z");
		campaign.put("minContinuousResidenceMonths", 12);
		return campaign;
	}

	static Map<String, Object> school(String code, Object campaignId) {
		Map<String, Object> school = new LinkedHashMap<>();
		school.put("code", code);
		school.put("name", "常州市第一实验小学");
		school.put("type", "PUBLIC");
		school.put("district", "320402");
		school.put("seats", 120);
		school.put("campaignId", campaignId);
		return school;
	}

}
