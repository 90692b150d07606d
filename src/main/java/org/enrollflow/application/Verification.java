package org.enrollflow.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One check's outcome as the parent reads it, with the reason in both languages. */
@Embeddable
record Verification(@Column(name = "stage") String stage, @Column(name = "check_name") String check,
		@Column(name = "passed") boolean passed, @Column(name = "reason_code") String reasonCode,
		@Column(name = "reason_zh") String reasonZh, @Column(name = "reason_en") String reasonEn) {

}
