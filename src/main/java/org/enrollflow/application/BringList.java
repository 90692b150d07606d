package org.enrollflow.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The originals a family brings to the on-site review, derived from what the case rests on.
 */
final class BringList {

	private BringList() {
	}

	static List<String> of(Application application) {
		List<String> items = new ArrayList<>(List.of("HOUSEHOLD_BOOKLET", "CHILD_BIRTH_CERTIFICATE", "GUARDIAN_ID_CARDS"));
		if (application.householdType() == HouseholdType.NON_LOCAL) {
			items.add("RESIDENCE_PERMIT");
		}
		if (application.propertyKind() == PropertyKind.CERTIFICATE) {
			items.add("PROPERTY_CERTIFICATE");
		}
		else if (application.propertyKind() == PropertyKind.CONTRACT) {
			items.add("PURCHASE_CONTRACT");
		}
		else {
			items.add("RESIDENCE_PROOF");
		}
		if (application.guardian1Relation() == null || !application.guardian1Relation().isParent()) {
			items.add("GUARDIANSHIP_PROOF");
		}
		return List.copyOf(items);
	}

}
