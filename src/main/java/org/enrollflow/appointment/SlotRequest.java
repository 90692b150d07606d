package org.enrollflow.appointment;

/**
 * A slot an administrator publishes. Times are ISO-8601, with an offset or in the application's
 * time zone (see {@link SlotRules}).
 */
record SlotRequest(String start, String end, String place, Integer capacity) {
}
