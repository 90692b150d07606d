package org.enrollflow.lottery;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicLotteryController {

	private final CampaignLotteries lotteries;

	PublicLotteryController(CampaignLotteries lotteries) {
		this.lotteries = lotteries;
	}

	/** The commitment for anyone to read, and after the draw the seed and the result. */
	@GetMapping("/api/campaigns/{id}/lottery")
	LotteryView published(@PathVariable UUID id) {
		return lotteries.published(id);
	}

}
