package org.enrollflow.application;

import java.util.UUID;

/**
 * The family member a case belongs to (guardian 1): with an account when they applied themselves,
 * possibly without one when staff filed the case at a counter.
 */
record Applicant(UUID accountId, String name, String idEncrypted, String idHash, String phone) {

}
