package org.enrollflow.admission;

/** How a case got its result. */
public enum AdmissionRoute {

	/** Drawn by a private school's lottery (电脑随机录取). */
	PRIVATE_LOTTERY,
	/** Placed at the public school of its verified address's catchment (学区). */
	CATCHMENT,
	/** Placed by points rank and the family's wishes (积分排序). */
	POINTS_RANK,
	/** Placed, or not, by the bureau after the allocation could not. */
	MANUAL

}
