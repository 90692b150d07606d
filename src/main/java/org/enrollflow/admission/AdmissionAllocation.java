package org.enrollflow.admission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.allocation.Catchment;
import org.enrollflow.allocation.CatchmentCase;
import org.enrollflow.allocation.CatchmentPlacement;
import org.enrollflow.allocation.LotteryResult;
import org.enrollflow.allocation.Placement;
import org.enrollflow.allocation.RankedApplicant;
import org.enrollflow.allocation.SchoolSeats;
import org.enrollflow.allocation.SerialDictatorship;
import org.enrollflow.application.Applications;
import org.enrollflow.application.PlacementCandidates;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.lottery.DrawnLotteries;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.RegistryKeys;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a campaign's cases once every case has reached its final review: on the general path,
 * the private schools' lottery first, then the public school of each remaining case's catchment
 * while it has seats ({@link CatchmentPlacement}); on the points path, by points rank and the
 * families' wishes ({@link SerialDictatorship}, whose last tie-break is the lottery's revealed
 * seed). Each case gets an admission process that waits for the publication; a general-path case
 * with no catchment or no seat goes to the bureau to place by hand, never dropped.
 */
@Service
class AdmissionAllocation {

	private final AdmissionResultRepository results;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Applications applications;
	private final DrawnLotteries lotteries;
	private final RegistryGateway registry;
	private final RuntimeService runtime;
	private final Clock clock;

	AdmissionAllocation(AdmissionResultRepository results, Campaigns campaigns, Schools schools,
			Applications applications, DrawnLotteries lotteries, RegistryGateway registry, RuntimeService runtime,
			Clock clock) {
		this.results = results;
		this.campaigns = campaigns;
		this.schools = schools;
		this.applications = applications;
		this.lotteries = lotteries;
		this.registry = registry;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	AllocationSummary allocate(UUID campaignId) {
		CampaignView campaign = campaigns.find(campaignId)
			.orElseThrow(() -> ProblemException.notFound("CAMPAIGN_NOT_FOUND"));
		if (results.existsByCampaignId(campaignId)) {
			throw ProblemException.conflict("ALREADY_ALLOCATED");
		}
		Instant now = clock.instant();
		if (campaign.path() == CampaignPath.POINTS && campaign.recheckOpenAt(now)) {
			throw ProblemException.conflict("RECHECK_STILL_OPEN", campaign.recheckCloses());
		}
		if (campaign.path() == CampaignPath.GENERAL && campaign.confirmationOpenAt(now)) {
			throw ProblemException.conflict("CONFIRMATION_STILL_OPEN", campaign.confirmationDeadline());
		}
		DrawnLotteries.Drawn drawn = lotteries.of(campaignId)
			.orElseThrow(() -> ProblemException.conflict("LOTTERY_NOT_DRAWN"));
		PlacementCandidates candidates = applications.placementCandidates(campaignId);
		if (candidates.pending() > 0) {
			throw ProblemException.conflict("CASES_PENDING", candidates.pending());
		}
		List<AdmissionResult> decided = campaign.path() == CampaignPath.POINTS
				? byRank(campaignId, candidates.points(), drawn, now)
				: byLotteryAndCatchment(campaignId, candidates.general(), drawn.result(), now);
		results.saveAll(decided);
		results.flush();
		decided.forEach(result -> runtime.startProcessInstanceByKey(AdmissionProcess.PROCESS_KEY,
				result.applicationId().toString(),
				Variables.createVariables()
					.putValue(AdmissionProcess.VAR_APPLICATION_ID, result.applicationId().toString())
					.putValue(AdmissionProcess.VAR_CAMPAIGN_ID, campaignId.toString())
					.putValue(AdmissionProcess.VAR_PLACED, result.placed())));
		return AllocationSummary.of(decided);
	}

	private List<AdmissionResult> byLotteryAndCatchment(UUID campaignId, List<PlacementCandidates.General> cases,
			LotteryResult lottery, Instant now) {
		Set<String> drawnIn = new HashSet<>();
		Map<String, String> privateSchoolOf = new HashMap<>();
		lottery.schools().forEach(school -> school.admitted().forEach(id -> {
			drawnIn.add(id);
			privateSchoolOf.put(id, school.schoolId());
		}));
		List<AdmissionResult> decided = new ArrayList<>();
		List<CatchmentCase> remaining = new ArrayList<>();
		Set<Catchment> catchments = new HashSet<>();
		Map<String, UUID> publicSchools = new HashMap<>();
		List<SchoolSeats> seats = new ArrayList<>();
		for (SchoolView school : schools.ofCampaign(campaignId)) {
			if (school.type() == SchoolType.PUBLIC) {
				publicSchools.put(school.code(), school.id());
				seats.add(new SchoolSeats(school.id().toString(), school.seats()));
			}
		}
		for (PlacementCandidates.General candidate : cases) {
			String id = candidate.applicationId().toString();
			if (drawnIn.contains(id)) {
				decided.add(AdmissionResult.admitted(candidate.applicationId(), campaignId,
						UUID.fromString(privateSchoolOf.get(id)), AdmissionRoute.PRIVATE_LOTTERY, null, now));
				continue;
			}
			String address = key(candidate.address());
			Optional.ofNullable(candidate.address())
				.flatMap(registry::schoolCodeForAddress)
				.map(publicSchools::get)
				.ifPresent(schoolId -> catchments.add(new Catchment(schoolId.toString(), address)));
			remaining.add(new CatchmentCase(id, address, candidate.localWithOwnHome(), candidate.confirmedAt()));
		}
		Placement placement = CatchmentPlacement.place(seats, List.copyOf(catchments), remaining);
		placement.admitted().forEach((applicationId, schoolId) -> decided.add(AdmissionResult.admitted(
				UUID.fromString(applicationId), campaignId, UUID.fromString(schoolId), AdmissionRoute.CATCHMENT, null, now)));
		placement.unplaced().forEach(unplaced -> decided.add(AdmissionResult.unplaced(
				UUID.fromString(unplaced.applicationId()), campaignId, unplaced.reason().name(), now)));
		return decided;
	}

	private List<AdmissionResult> byRank(UUID campaignId, List<PlacementCandidates.Points> registrations,
			DrawnLotteries.Drawn drawn, Instant now) {
		List<SchoolSeats> seats = schools.ofCampaign(campaignId)
			.stream()
			.filter(school -> school.type() == SchoolType.PUBLIC)
			.map(school -> new SchoolSeats(school.id().toString(), school.seats()))
			.toList();
		List<RankedApplicant> applicants = registrations.stream()
			.map(registration -> new RankedApplicant(registration.applicationId().toString(), registration.childKey(),
					registration.points(), registration.socialInsuranceMonths(), registration.submittedAt(),
					registration.preferences().stream().map(UUID::toString).toList()))
			.toList();
		List<String> ranking = SerialDictatorship.rank(applicants, drawn.seed());
		Map<String, Integer> rankOf = new HashMap<>();
		for (int i = 0; i < ranking.size(); i++) {
			rankOf.put(ranking.get(i), i + 1);
		}
		Placement placement = SerialDictatorship.allocate(seats, applicants, drawn.seed());
		List<AdmissionResult> decided = new ArrayList<>();
		placement.admitted().forEach((applicationId, schoolId) -> decided.add(AdmissionResult.admitted(
				UUID.fromString(applicationId), campaignId, UUID.fromString(schoolId), AdmissionRoute.POINTS_RANK,
				rankOf.get(applicationId), now)));
		placement.unplaced().forEach(unplaced -> decided.add(AdmissionResult.notAdmitted(
				UUID.fromString(unplaced.applicationId()), campaignId, AdmissionRoute.POINTS_RANK,
				unplaced.reason().name(), rankOf.get(unplaced.applicationId()), now)));
		return decided;
	}

	/** Addresses compare as the catchments do: full-width folded, spaces dropped, letters upper-cased. */
	private static String key(String address) {
		return address == null ? "" : RegistryKeys.upperCased(address);
	}

}
