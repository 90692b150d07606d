package org.enrollflow.admission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.enrollflow.application.AdmissionOutcome;
import org.enrollflow.application.Applications;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admission process's steps do to a case's result: the bureau's placement by hand, and
 * the publication onto the case.
 */
@Service
class PlacementService {

	private final AdmissionResultRepository results;
	private final Schools schools;
	private final Applications applications;
	private final Clock clock;

	PlacementService(AdmissionResultRepository results, Schools schools, Applications applications, Clock clock) {
		this.results = results;
		this.schools = schools;
		this.applications = applications;
		this.clock = clock;
	}

	/** The campaign's public schools that still have a free seat, with how many. */
	@Transactional(readOnly = true)
	List<FreeSeats> freeSeats(UUID campaignId) {
		return schools.ofCampaign(campaignId)
			.stream()
			.filter(school -> school.type() == SchoolType.PUBLIC)
			.map(school -> new FreeSeats(school, school.seats() - results.countAdmittedAt(campaignId, school.id())))
			.filter(free -> free.seats() > 0)
			.toList();
	}

	/**
	 * Places the case at the public school with that code, if it has a free seat, or records that it
	 * is not admitted ({@code schoolCode} {@code null}).
	 * @return false when no public school of the campaign with a free seat has that code
	 */
	@Transactional
	boolean placeByHand(UUID applicationId, String schoolCode, String staffUserId) {
		AdmissionResult result = results.findById(applicationId).orElseThrow();
		if (schoolCode == null) {
			result.placeByHand(AdmissionOutcome.NOT_ADMITTED, null, staffUserId, clock.instant());
			return true;
		}
		Optional<SchoolView> school = freeSeats(result.campaignId()).stream()
			.map(FreeSeats::school)
			.filter(free -> free.code().equalsIgnoreCase(schoolCode.strip()))
			.findFirst();
		school.ifPresent(found -> result.placeByHand(AdmissionOutcome.ADMITTED, found.id(), staffUserId, clock.instant()));
		return school.isPresent();
	}

	/** Copies the published result onto the case; whether the child was admitted. */
	@Transactional
	boolean publishOnCase(UUID applicationId) {
		AdmissionResult result = results.findById(applicationId).orElseThrow();
		applications.recordAdmission(applicationId, result.outcome(), result.schoolId(), result.route().name(),
				result.publishedAt());
		return result.outcome() == AdmissionOutcome.ADMITTED;
	}

	/** One line a school: {@code TN01 青洋实验小学: 12}. */
	String freeSeatsText(UUID campaignId) {
		return freeSeats(campaignId).stream()
			.map(free -> "%s %s: %d".formatted(free.school().code(), free.school().name(), free.seats()))
			.collect(Collectors.joining("\n"));
	}

	record FreeSeats(SchoolView school, long seats) {
	}

}
