package org.enrollflow.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

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

	static final int NONE = -1;

	public Placement {
		admitted = Collections.unmodifiableMap(admitted);
		unplaced = List.copyOf(unplaced);
	}

	/**
	 * The placement of decisions taken in order: the {@code k}-th application considered is
	 * {@code applicationIds[order[k]]}, placed at {@code schoolIds[schoolAt[k]]}, or unplaced as
	 * {@code unplacedAt} says when {@code schoolAt[k]} is {@link #NONE}.
	 */
	static Placement of(int[] order, int[] schoolAt, String[] applicationIds, String[] schoolIds,
			IntFunction<Unplaced> unplacedAt) {
		int admittedCount = (int) Arrays.stream(schoolAt).filter(school -> school != NONE).count();
		Map<String, String> admitted = new LinkedHashMap<>((int) (admittedCount / 0.75f) + 1);
		List<Unplaced> unplaced = new ArrayList<>(order.length - admittedCount);
		for (int k = 0; k < order.length; k++) {
			if (schoolAt[k] != NONE) {
				admitted.put(applicationIds[order[k]], schoolIds[schoolAt[k]]);
			}
			else {
				unplaced.add(unplacedAt.apply(k));
			}
		}
		return new Placement(admitted, unplaced);
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
