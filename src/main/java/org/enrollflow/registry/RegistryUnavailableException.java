package org.enrollflow.registry;

/**
 * A registry could not answer (down, slow, or answering with an error). Not a fact about the
 * person: callers let it propagate so that the step is retried later.
 */
public class RegistryUnavailableException extends RuntimeException {

	public RegistryUnavailableException(String message) {
		super(message);
	}

	public RegistryUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
