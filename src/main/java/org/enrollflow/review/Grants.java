package org.enrollflow.review;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

import org.springframework.stereotype.Component;

/**
 * Grants Camunda permissions to groups, once: a grant that is already there is left alone, and a
 * permission missing from an existing grant is added to it (the engine keeps one grant per group
 * and resource).
 */
@Component
class Grants {

	private final AuthorizationService authorizations;

	Grants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> newGrant(groupId, resource, resourceId));
		if (authorization.getId() == null || !authorization.isPermissionGranted(permission)) {
			authorization.addPermission(permission);
			authorizations.saveAuthorization(authorization);
		}
	}

	private Authorization newGrant(String groupId, Resource resource, String resourceId) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		return authorization;
	}

}
