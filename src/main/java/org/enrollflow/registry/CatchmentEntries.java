package org.enrollflow.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatchmentEntries extends JpaRepository<CatchmentEntry, UUID> {

	Optional<CatchmentEntry> findByPrefixKey(String key);

	List<CatchmentEntry> findByPrefixKeyIn(Collection<String> keys);

}
