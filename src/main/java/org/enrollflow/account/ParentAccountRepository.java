package org.enrollflow.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParentAccountRepository extends JpaRepository<ParentAccount, UUID> {

	Optional<ParentAccount> findByPhone(String phone);

	boolean existsByPhone(String phone);

	boolean existsByHolderIdHash(String holderIdHash);

	Optional<ParentAccount> findByHolderIdHash(String holderIdHash);

}
