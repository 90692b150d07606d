/**
 * The parts of the points-based admission path (积分入学) that are rules rather than process:
 * <ul>
 * <li>the points themselves, as the DMN decision requirements graph
 * {@code processes/decisions/admission-points.dmn} (top decision {@code AdmissionPoints}) over
 * verified facts only;</li>
 * <li>{@link org.enrollflow.points.NamePinyin}: the pinyin filled in from a name, with the characters
 * it cannot read left for the parent to type;</li>
 * <li>{@link org.enrollflow.points.GuardianIdType}: the second guardian's identity documents and
 * their number formats.</li>
 * </ul>
 * Messages: {@code i18n/points}.
 */
package org.enrollflow.points;
