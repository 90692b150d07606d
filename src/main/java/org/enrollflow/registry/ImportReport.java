package org.enrollflow.registry;

import java.util.List;

/**
 * The outcome of one CSV import.
 * @param imported the lines imported (inserted or updated)
 * @param rejected the lines refused, each with its reason, in file order
 */
public record ImportReport(int imported, List<RejectedLine> rejected) {

	public ImportReport {
		rejected = List.copyOf(rejected);
	}

}
