package org.enrollflow.appointment;

import java.util.List;

/**
 * What a CSV import of slots did: how many lines became slots, and why each other line did not.
 */
record SlotImportReport(int imported, List<RejectedLine> rejected) {

	/**
	 * @param line the line's number in the file, the header being line 1
	 * @param reason why the line was not imported, in the caller's language
	 */
	record RejectedLine(long line, String reason) {
	}

}
