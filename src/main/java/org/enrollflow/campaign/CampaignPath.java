package org.enrollflow.campaign;

/**
 * How a campaign admits children: the general path (Changzhou: catchment and lottery) or the points
 * path (Xiamen: points ranking and preferences).
 */
public enum CampaignPath {

	GENERAL, POINTS

}
