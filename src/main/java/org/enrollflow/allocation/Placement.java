package org.enrollflow.allocation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an allocation placed each application.
 *
 * @param admitted application to school, in the order the allocation placed them; kept as an
 * unmodifiable view rather than copied, as it may hold a million entries: whoever builds a
 * placement hands the map over
 * @param unplaced the applications without a seat, in the order the allocation considered them,
 * each with the reason; none is dropped
 */
public record Placement(Map<String, String> admitted, List<Unplaced> unplaced) {

	public Placement {
		admitted = Collections.unmodifiableMap(admitted);
		unplaced = List.copyOf(unplaced);
	}

	/**
	 * An application that got no seat.
	 *
	 * @param applicationId the application
	 * @param reason why
	 * @param schoolId for {@link UnplacedReason#NO_SEAT} of a catchment placement, the catchment's
	 * school that was full; otherwise {@code null}
	 */
	public record Unplaced(String applicationId, UnplacedReason reason, String schoolId) {

		public Unplaced {
			Objects.requireNonNull(applicationId, "applicationId");
			Objects.requireNonNull(reason, "reason");
		}

	}

	/** Why an application got no seat. */
	public enum UnplacedReason {

		/** Its address lies in no school's catchment. */
		NO_CATCHMENT,

		/** Every school it could go to was full. */
		NO_SEAT,

		/** It named no school it wished for. */
		NO_PREFERENCE

	}

}
