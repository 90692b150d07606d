package org.enrollflow.verificationcode;

/** How a verification code reached the parent. */
enum Channel {

	SMS, MAIL

}
