package org.enrollflow.application;

/** Local hukou of the campaign's region, or a migrant child (随迁子女). */
public enum HouseholdType {

	LOCAL, NON_LOCAL

}
