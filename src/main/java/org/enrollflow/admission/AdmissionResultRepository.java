package org.enrollflow.admission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface AdmissionResultRepository extends JpaRepository<AdmissionResult, UUID> {

	boolean existsByCampaignId(UUID campaignId);

	boolean existsByCampaignIdAndPublishedAtIsNotNull(UUID campaignId);

	long countByCampaignIdAndOutcomeIsNull(UUID campaignId);

	@Query("select count(r) from AdmissionResult r where r.campaignId = :campaignId and r.schoolId = :schoolId")
	long countAdmittedAt(UUID campaignId, UUID schoolId);

	/** The results at one school, by rank and application id. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	@Query("""
			select r from AdmissionResult r where r.campaignId = :campaignId and r.schoolId = :schoolId
			order by r.rankPosition, r.applicationId""")
	Stream<AdmissionResult> streamAtSchool(UUID campaignId, UUID schoolId);

	/** The results without a school (not admitted, or waiting to be placed by hand), by rank and application id. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
	@Query("""
			select r from AdmissionResult r where r.campaignId = :campaignId and r.schoolId is null
			order by r.rankPosition, r.applicationId""")
	Stream<AdmissionResult> streamWithoutSchool(UUID campaignId);

	List<AdmissionResult> findByCampaignId(UUID campaignId);

	@Modifying
	@Query("update AdmissionResult r set r.publishedAt = :at where r.campaignId = :campaignId and r.publishedAt is null")
	int publishAll(UUID campaignId, Instant at);

}
