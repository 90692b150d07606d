package org.enrollflow.lottery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.enrollflow.allocation.Lottery;
import org.enrollflow.allocation.LotteryBundle;
import org.enrollflow.allocation.LotteryInput;
import org.enrollflow.allocation.LotteryResult;
import org.enrollflow.allocation.LotterySeed;
import org.enrollflow.allocation.SchoolSeats;
import org.enrollflow.application.Applications;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.Schools;
import org.enrollflow.shared.ProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits, draws and publishes the lottery of a campaign's private schools. The seed never leaves
 * this class before the draw, and a published draw is never replaced.
 */
@Service
@Transactional
class CampaignLotteries {

	private final CampaignLotteryRepository lotteries;

	private final Campaigns campaigns;

	private final Schools schools;

	private final Applications applications;

	private final ObjectMapper json;

	private final Clock clock;

	CampaignLotteries(CampaignLotteryRepository lotteries, Campaigns campaigns, Schools schools,
			Applications applications, ObjectMapper json, Clock clock) {
		this.lotteries = lotteries;
		this.campaigns = campaigns;
		this.schools = schools;
		this.applications = applications;
		this.json = json;
		this.clock = clock;
	}

	LotteryCommitment commit(UUID campaignId) {
		campaign(campaignId);
		if (lotteries.existsById(campaignId)) {
			throw ProblemException.conflict("LOTTERY_ALREADY_COMMITTED");
		}
		LotterySeed seed = LotterySeed.generate();
		CampaignLottery lottery = new CampaignLottery(campaignId, seed.hex(), seed.commitment(), clock.instant());
		try {
			lotteries.saveAndFlush(lottery);
		}
		catch (DataIntegrityViolationException ex) {
			throw ProblemException.conflict("LOTTERY_ALREADY_COMMITTED");
		}
		return new LotteryCommitment(lottery.seedHash(), lottery.committedAt());
	}

	LotteryView draw(UUID campaignId) {
		CampaignView campaign = campaign(campaignId);
		CampaignLottery lottery = lotteries.findById(campaignId)
			.orElseThrow(() -> ProblemException.conflict("LOTTERY_NOT_COMMITTED"));
		if (lottery.drawn()) {
			throw ProblemException.conflict("LOTTERY_ALREADY_DRAWN");
		}
		Instant now = clock.instant();
		if (campaign.privateSignupCloses() == null || now.isBefore(campaign.privateSignupCloses())) {
			throw ProblemException.conflict("SIGNUP_STILL_OPEN", campaign.privateSignupCloses());
		}
		LotteryInput input = input(campaignId);
		LotteryResult result;
		try {
			result = Lottery.draw(input, LotterySeed.fromHex(lottery.seedHex()));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.conflict("LOTTERY_INPUT_INVALID", ex.getMessage());
		}
		if (lotteries.publishDraw(campaignId, now, write(input), write(result)) == 0) {
			throw ProblemException.conflict("LOTTERY_ALREADY_DRAWN");
		}
		return view(lotteries.findById(campaignId).orElseThrow());
	}

	@Transactional(readOnly = true)
	LotteryView published(UUID campaignId) {
		return view(lottery(campaignId));
	}

	@Transactional(readOnly = true)
	byte[] bundle(UUID campaignId) {
		CampaignLottery lottery = lottery(campaignId);
		if (!lottery.drawn()) {
			throw ProblemException.conflict("LOTTERY_NOT_DRAWN");
		}
		return LotteryBundle.zip(read(lottery.inputJson(), LotteryInput.class),
				read(lottery.resultJson(), LotteryResult.class));
	}

	private LotteryInput input(UUID campaignId) {
		List<SchoolSeats> seats = schools.ofCampaign(campaignId)
			.stream()
			.filter(school -> school.type() == SchoolType.PRIVATE)
			.map(school -> new SchoolSeats(school.id().toString(), school.seats()))
			.toList();
		List<LotteryInput.Entry> entries = applications.privateSignups(campaignId)
			.stream()
			.map(signup -> new LotteryInput.Entry(signup.applicationId().toString(), signup.childKey(),
					signup.schoolId().toString()))
			.toList();
		return new LotteryInput(seats, entries);
	}

	private LotteryView view(CampaignLottery lottery) {
		if (!lottery.drawn()) {
			return new LotteryView(lottery.seedHash(), null, Lottery.ALGORITHM, null, lottery.committedAt(), null,
					List.of());
		}
		LotteryResult result = read(lottery.resultJson(), LotteryResult.class);
		return new LotteryView(result.seedHash(), result.seedHex(), result.algorithm(), result.inputDigest(),
				lottery.committedAt(), lottery.drawnAt(), result.schools());
	}

	private CampaignLottery lottery(UUID campaignId) {
		campaign(campaignId);
		return lotteries.findById(campaignId).orElseThrow(() -> ProblemException.notFound("LOTTERY_NOT_FOUND"));
	}

	private CampaignView campaign(UUID campaignId) {
		return campaigns.find(campaignId).orElseThrow(() -> ProblemException.notFound("CAMPAIGN_NOT_FOUND", campaignId));
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A lottery does not serialize", ex);
		}
	}

	private <T> T read(String text, Class<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A stored lottery does not read back as " + type.getSimpleName(), ex);
		}
	}

}
