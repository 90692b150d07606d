package org.enrollflow.application;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One item of a case's points as the year's decision table gave it.
 * @param item the decision output's name, such as {@code socialInsurancePoints}
 * @param source the decision and its version, such as {@code AdmissionPoints:2}
 */
@Embeddable
record PointsItem(@Column(name = "item") String item, @Column(name = "points") BigDecimal points,
		@Column(name = "source") String source) {
}
