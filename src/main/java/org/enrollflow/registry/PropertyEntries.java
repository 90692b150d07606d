package org.enrollflow.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PropertyEntries extends JpaRepository<PropertyEntry, UUID> {

	Optional<PropertyEntry> findByCertificateKey(String key);

	@Query("select distinct p from PropertyEntry p join p.owners o where o.hash in :hashes order by p.certificateNumber")
	List<PropertyEntry> findOwnedByAnyOf(Collection<String> hashes);

}
