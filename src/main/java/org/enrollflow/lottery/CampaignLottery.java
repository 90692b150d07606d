package org.enrollflow.lottery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The lottery of one campaign: the committed seed, kept secret until the draw, and after the draw
 * its inputs and result as JSON.
 */
@Entity
@Table(name = "campaign_lottery")
class CampaignLottery {

	@Id
	private UUID campaignId;

	@Version
	private Long version;

	private String seedHex;

	private String seedHash;

	private Instant committedAt;

	private Instant drawnAt;

	private String inputJson;

	private String resultJson;

	protected CampaignLottery() {
	}

	CampaignLottery(UUID campaignId, String seedHex, String seedHash, Instant committedAt) {
		this.campaignId = campaignId;
		this.seedHex = seedHex;
		this.seedHash = seedHash;
		this.committedAt = committedAt;
	}

	UUID campaignId() {
		return campaignId;
	}

	String seedHex() {
		return seedHex;
	}

	String seedHash() {
		return seedHash;
	}

	Instant committedAt() {
		return committedAt;
	}

	Instant drawnAt() {
		return drawnAt;
	}

	boolean drawn() {
		return drawnAt != null;
	}

	String inputJson() {
		return inputJson;
	}

	String resultJson() {
		return resultJson;
	}

}
