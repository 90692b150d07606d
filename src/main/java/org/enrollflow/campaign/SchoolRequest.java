package org.enrollflow.campaign;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A school an administrator registers in a campaign.
 */
record SchoolRequest(
		@NotBlank @Size(max = 40) @Pattern(regexp = CampaignRequest.CODE) String code,
		@NotBlank @Size(max = 200) String name,
		@NotNull SchoolType type,
		@NotBlank @Size(max = 12) @Pattern(regexp = CampaignRequest.CODE) String district,
		@NotNull @Min(0) @Max(100_000) Integer seats,
		@NotNull UUID campaignId) {
}
