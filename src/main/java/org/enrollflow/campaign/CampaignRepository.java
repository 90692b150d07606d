package org.enrollflow.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, UUID> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, UUID id);

	List<Campaign> findAllByOrderByRegistrationOpensDescCodeAsc();

	@Query("""
			select c from Campaign c
			where c.registrationOpens <= :now and c.registrationCloses > :now
			order by c.registrationCloses, c.code""")
	List<Campaign> openForRegistrationAt(Instant now);

}
