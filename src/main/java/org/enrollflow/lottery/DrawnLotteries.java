package org.enrollflow.lottery;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.enrollflow.allocation.LotteryResult;
import org.enrollflow.allocation.LotterySeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's published lottery draw, for the allocation that follows it: who each private school
 * admitted, and the revealed seed whose draw keys break the last ties of the points ranking.
 */
@Service
public class DrawnLotteries {

	private final CampaignLotteryRepository lotteries;
	private final ObjectMapper json;

	DrawnLotteries(CampaignLotteryRepository lotteries, ObjectMapper json) {
		this.lotteries = lotteries;
		this.json = json;
	}

	/** The draw, once published; empty before. */
	@Transactional(readOnly = true)
	public Optional<Drawn> of(UUID campaignId) {
		return lotteries.findById(campaignId).filter(CampaignLottery::drawn).map(lottery -> {
			try {
				return new Drawn(LotterySeed.fromHex(lottery.seedHex()),
						json.readValue(lottery.resultJson(), LotteryResult.class));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Unreadable lottery result of campaign " + campaignId, ex);
			}
		});
	}

	/** A published draw: its seed and its result. */
	public record Drawn(LotterySeed seed, LotteryResult result) {
	}

}
