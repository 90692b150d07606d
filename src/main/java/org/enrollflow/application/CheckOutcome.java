package org.enrollflow.application;

/** One check recorded on a case, with its reason (if any) in both languages, for reviewers. */
public record CheckOutcome(String stage, String check, boolean passed, String reasonZh, String reasonEn) {

}
