package org.enrollflow.application;

import java.util.List;

/**
 * The outcome of one check on a case. The reason text comes from the message key
 * {@code check.<reasonCode>}, in Chinese and in English.
 */
public record CheckResult(String check, boolean passed, String reasonCode, List<Object> reasonArguments) {

	public CheckResult {
		reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
	}

	public static CheckResult pass(String check) {
		return new CheckResult(check, true, null, List.of());
	}

	public static CheckResult fail(String check, String reasonCode, Object... arguments) {
		return new CheckResult(check, false, reasonCode, List.of(arguments));
	}

}
