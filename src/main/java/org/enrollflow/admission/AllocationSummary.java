package org.enrollflow.admission;

import java.util.List;

import org.enrollflow.application.AdmissionOutcome;

/**
 * What an allocation decided: how many cases it admitted, how many it could not admit, and how
 * many it left to the bureau to place by hand.
 */
record AllocationSummary(long admitted, long notAdmitted, long unplaced) {

	static AllocationSummary of(List<AdmissionResult> results) {
		return new AllocationSummary(count(results, AdmissionOutcome.ADMITTED), count(results, AdmissionOutcome.NOT_ADMITTED),
				results.stream().filter(result -> !result.placed()).count());
	}

	private static long count(List<AdmissionResult> results, AdmissionOutcome outcome) {
		return results.stream().filter(result -> result.outcome() == outcome).count();
	}

}
