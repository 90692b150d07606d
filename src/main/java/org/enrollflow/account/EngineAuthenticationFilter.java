package org.enrollflow.account;

import java.io.IOException;
import java.util.ArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a staff member's request to the engine's REST API as that Camunda user with their groups,
 * so that the engine's authorization checks apply to it.
 */
final class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	private final Callers callers;

	EngineAuthenticationFilter(IdentityService identity, Callers callers) {
		this.identity = identity;
		this.callers = callers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller = callers.current();
		identity.setAuthentication(caller.staffUserId(), new ArrayList<>(caller.groups()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
