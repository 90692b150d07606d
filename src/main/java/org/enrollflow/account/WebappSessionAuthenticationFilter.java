package org.enrollflow.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the Camunda webapps' login held in the same HTTP session, so that a
 * reviewer who logged into Tasklist opens the documents its forms link to without a second login.
 * The session only names the user: their groups are read from the engine on every request, so a
 * membership removed meanwhile counts at once, and a user deleted meanwhile is nobody.
 */
final class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

	private final String engineName;

	private final IdentityService identity;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	WebappSessionAuthenticationFilter(String engineName, IdentityService identity) {
		this.engineName = engineName;
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication webappLogin = session == null ? null
				: AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
		if (webappLogin != null && identity.createUserQuery().userId(webappLogin.getName()).count() == 1) {
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(StaffAuthenticationProvider.staff(identity, webappLogin.getName()));
			contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
