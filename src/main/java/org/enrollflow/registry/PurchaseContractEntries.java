package org.enrollflow.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PurchaseContractEntries extends JpaRepository<PurchaseContractEntry, UUID> {

	Optional<PurchaseContractEntry> findByContractKey(String key);

}
