package org.enrollflow.lottery;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/campaigns/{id}/lottery")
class LotteryAdminController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final CampaignLotteries lotteries;

	LotteryAdminController(CampaignLotteries lotteries) {
		this.lotteries = lotteries;
	}

	@PostMapping("/commitment")
	@ResponseStatus(HttpStatus.CREATED)
	LotteryCommitment commit(@PathVariable UUID id) {
		return lotteries.commit(id);
	}

	@PostMapping
	LotteryView draw(@PathVariable UUID id) {
		return lotteries.draw(id);
	}

	@GetMapping
	LotteryView published(@PathVariable UUID id) {
		return lotteries.published(id);
	}

	@GetMapping("/bundle")
	ResponseEntity<byte[]> bundle(@PathVariable UUID id) {
		byte[] zip = lotteries.bundle(id);
		return ResponseEntity.ok()
			.contentType(ZIP)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lottery-" + id + ".zip").build().toString())
			.body(zip);
	}

}
