package org.enrollflow.application;

/** How the family proves its home: a real-estate certificate, a filed purchase contract, or none. */
public enum PropertyKind {

	CERTIFICATE, CONTRACT, NONE

}
