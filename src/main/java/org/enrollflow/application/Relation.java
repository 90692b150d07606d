package org.enrollflow.application;

/** A guardian's relation to the child. Only a father or a mother may complete a case online. */
public enum Relation {

	FATHER, MOTHER, GRANDFATHER, GRANDMOTHER, OTHER;

	public boolean isParent() {
		return this == FATHER || this == MOTHER;
	}

}
