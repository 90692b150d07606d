package org.enrollflow.application;

import java.util.UUID;

/**
 * A case signed up for a private school.
 * @param childKey a stable pseudonym of the child, the same for every application of that child
 * @param frozen whether the signup window has closed on this choice
 */
public record PrivateSignup(UUID applicationId, String childKey, UUID schoolId, boolean frozen) {

}
