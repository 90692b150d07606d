package org.enrollflow.application;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

	boolean existsByBindingKey(String bindingKey);

	@Query("select count(a) > 0 from Application a join a.children c where c.bindingKey = :bindingKey")
	boolean existsByChildBindingKey(String bindingKey);

	/** Whether a live case of the campaign holds the child, as its child or one of its children. */
	default boolean isBound(String bindingKey) {
		return existsByBindingKey(bindingKey) || existsByChildBindingKey(bindingKey);
	}

	List<Application> findByApplicantAccountIdOrApplicantIdHashOrderByCreatedAtDesc(UUID applicantAccountId,
			String applicantIdHash);

	List<Application> findByCounterGroupInOrderByCreatedAtDesc(Collection<String> counterGroups);

	List<Application> findByCampaignIdAndPrivateSchoolIdIsNotNull(UUID campaignId);

	@Query("select a.status as status, count(a) as count from Application a where a.campaignId = :campaignId group by a.status")
	List<StatusCount> countByStatus(UUID campaignId);

	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	@Query("select a from Application a where a.campaignId = :campaignId order by a.createdAt")
	Stream<Application> streamByCampaignId(UUID campaignId);

	interface StatusCount {

		ApplicationStatus getStatus();

		long getCount();

	}

}
