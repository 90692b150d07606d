package org.enrollflow.application;

import java.util.List;

/** A points-path registration's details as the family saved them, ID numbers encrypted. */
record PointsDetails(Relation guardian1Relation, String guardian2Name, String guardian2IdType,
		String guardian2IdEncrypted, String guardian2Phone, Relation guardian2Relation, boolean guardian2RareName,
		String address, PropertyKind propertyKind, String propertyNumber, Integer parentChildCase,
		List<ChildEntry> children) {
}
