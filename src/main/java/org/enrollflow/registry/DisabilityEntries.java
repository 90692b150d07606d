package org.enrollflow.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisabilityEntries extends JpaRepository<DisabilityEntry, UUID> {

	Optional<DisabilityEntry> findByCertificateKey(String key);

}
