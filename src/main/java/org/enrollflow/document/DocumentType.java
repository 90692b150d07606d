package org.enrollflow.document;

/**
 * What a document shows. Each kind has a label in both languages under {@link #messageKey()}.
 */
public enum DocumentType {

	/** The household register's page of the head of the household. */
	HOUSEHOLD_BOOKLET_HEAD,

	/** The household register's page of the child's father. */
	HOUSEHOLD_BOOKLET_FATHER,

	/** The household register's page of the child's mother. */
	HOUSEHOLD_BOOKLET_MOTHER,

	/** The household register's page of the child. */
	HOUSEHOLD_BOOKLET_CHILD,

	BIRTH_CERTIFICATE,

	MARRIAGE_CERTIFICATE,

	/** The side of a resident ID card with the holder's photo. */
	ID_CARD_FRONT,

	/** The side of a resident ID card with the national emblem. */
	ID_CARD_BACK,

	/** The photo page of a passport or of a Hong Kong, Macau or Taiwan travel permit. */
	PASSPORT_PAGE,

	DISABILITY_PROOF,

	PROPERTY_CERTIFICATE,

	OTHER;

	/** The key of the kind's label in {@code i18n/document}, e.g. {@code document.type.BIRTH_CERTIFICATE}. */
	public String messageKey() {
		return "document.type." + name();
	}

}
