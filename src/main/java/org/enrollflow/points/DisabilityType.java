package org.enrollflow.points;

/**
 * The categories of disability a certificate (残疾人证) records, as the disabled persons' federation
 * classifies them. A child may have more than one.
 */
public enum DisabilityType {

	/** 视力残疾 */
	VISUAL,
	/** 听力残疾 */
	HEARING,
	/** 言语残疾 */
	SPEECH,
	/** 肢体残疾 */
	PHYSICAL,
	/** 智力残疾 */
	INTELLECTUAL,
	/** 精神残疾 */
	MENTAL,
	/** 多重残疾 */
	MULTIPLE

}
