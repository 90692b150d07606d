package org.enrollflow.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

	boolean existsByBindingKey(String bindingKey);

	List<Application> findByApplicantAccountIdOrApplicantIdHashOrderByCreatedAtDesc(UUID applicantAccountId,
			String applicantIdHash);

	List<Application> findByCounterGroupInOrderByCreatedAtDesc(Collection<String> counterGroups);

	List<Application> findByCampaignIdAndPrivateSchoolIdIsNotNull(UUID campaignId);

}
