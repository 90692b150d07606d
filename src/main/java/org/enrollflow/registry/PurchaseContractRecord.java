package org.enrollflow.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A filed purchase contract (购房合同备案).
 * @param contractNumber exactly as the registry writes it
 * @param usage {@code RESIDENTIAL}, or the registry's text for any other use
 */
public record PurchaseContractRecord(String contractNumber, List<String> buyerIdNumbers, String address,
		String district, String usage, LocalDate filedOn) {

	public PurchaseContractRecord {
		buyerIdNumbers = List.copyOf(buyerIdNumbers);
	}

	public boolean residential() {
		return PropertyRecord.RESIDENTIAL.equals(usage);
	}

}
