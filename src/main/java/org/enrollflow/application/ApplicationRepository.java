package org.enrollflow.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

	boolean existsByBindingKey(String bindingKey);

	List<Application> findByApplicantAccountIdOrderByCreatedAtDesc(UUID applicantAccountId);

	Optional<Application> findByIdAndApplicantAccountId(UUID id, UUID applicantAccountId);

}
