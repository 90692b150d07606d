package org.enrollflow.application;

/** Whether the allocation gave the child a seat. */
public enum AdmissionOutcome {

	ADMITTED, NOT_ADMITTED

}
