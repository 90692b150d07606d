package org.enrollflow.verificationcode;

/**
 * Sends a text message to a mainland mobile number. No implementation ships: a deployment with an SMS
 * provider declares one bean of this type, and verification codes go by SMS; without one they go by mail to
 * the account's email address. At most one bean of this type may exist.
 */
public interface SmsGateway {

	/**
	 * Sends the text, or throws: a code whose message could not be sent is not kept, and the parent may ask
	 * for another at once.
	 * @param phone the eleven-digit mainland mobile number of the account
	 * @param text the message, in Chinese and English
	 */
	void send(String phone, String text);

}
