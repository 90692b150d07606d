package org.enrollflow.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialInsuranceEntries extends JpaRepository<SocialInsuranceEntry, UUID> {

	Optional<SocialInsuranceEntry> findByIdNumberHashAndRegion(String hash, String region);

}
