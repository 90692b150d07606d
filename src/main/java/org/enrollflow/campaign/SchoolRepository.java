package org.enrollflow.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, UUID> {

	Optional<School> findByCampaignIdAndCode(UUID campaignId, String code);

	boolean existsByCampaignIdAndCode(UUID campaignId, String code);

	List<School> findByCampaignIdOrderByCode(UUID campaignId);

}
