/**
 * The year's enrollment campaigns and their schools: the windows for registration, confirmation and
 * private-school signup, the birth date range and residence threshold, and the dates that process
 * timers read through {@link org.enrollflow.campaign.CampaignDates}. Moving a date publishes
 * {@link org.enrollflow.campaign.CampaignDatesChanged}, and waiting timers follow it.
 */
package org.enrollflow.campaign;
