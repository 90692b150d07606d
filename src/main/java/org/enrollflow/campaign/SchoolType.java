package org.enrollflow.campaign;

/**
 * Whether a school's seats are allocated publicly or filled by private-school signup.
 */
public enum SchoolType {

	PUBLIC, PRIVATE

}
