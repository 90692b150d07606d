package org.enrollflow.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResidencePermitEntries extends JpaRepository<ResidencePermitEntry, UUID> {

	Optional<ResidencePermitEntry> findByHolderIdNumberHash(String hash);

}
