/**
 * The enrollment case: the child, the guardians, the property and everything the registries
 * returned, its parent-facing status and timeline, and the API parents use to move it along.
 * The flow itself lives in {@code processes/general-enrollment.bpmn}; parent actions reach it as
 * messages correlated by the application id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.enrollflow.application;
