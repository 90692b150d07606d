package org.enrollflow.lottery;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignLotteryRepository extends JpaRepository<CampaignLottery, UUID> {

	/** Publishes a draw unless one was published already; returns the number of lotteries changed. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("""
			update CampaignLottery l set l.drawnAt = :drawnAt, l.inputJson = :inputJson, l.resultJson = :resultJson,
			 l.version = l.version + 1
			 where l.campaignId = :campaignId and l.drawnAt is null""")
	int publishDraw(@Param("campaignId") UUID campaignId, @Param("drawnAt") Instant drawnAt,
			@Param("inputJson") String inputJson, @Param("resultJson") String resultJson);

}
