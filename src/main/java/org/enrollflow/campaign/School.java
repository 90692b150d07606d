package org.enrollflow.campaign;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school taking part in one campaign.
 */
@Entity
@Table(name = "school")
class School {

	@Id
	private UUID id;

	private UUID campaignId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private SchoolType type;

	private String district;

	private int seats;

	protected School() {
	}

	School(SchoolRequest request) {
		this.id = UUID.randomUUID();
		this.campaignId = request.campaignId();
		this.code = request.code();
		this.name = request.name();
		this.type = request.type();
		this.district = request.district();
		this.seats = request.seats();
	}

	SchoolView toView() {
		return new SchoolView(id, campaignId, code, name, type, district, seats);
	}

}
