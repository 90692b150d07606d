package org.enrollflow.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonEntries extends JpaRepository<PersonEntry, UUID> {

	Optional<PersonEntry> findByIdNumberHash(String hash);

}
