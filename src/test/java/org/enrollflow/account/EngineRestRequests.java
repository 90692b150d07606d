package org.enrollflow.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sends requests to the engine's REST API inside the test's application context: through the
 * application's security filters into the Jersey servlet that serves {@code /engine-rest}, which
 * MockMvc (DispatcherServlet only) cannot reach.
 */
final class EngineRestRequests {

	private static final String PATH = "/engine-rest";

	private final WebApplicationContext context;

	private final Filter security;

	private final Servlet engineRest;

	EngineRestRequests(WebApplicationContext context) throws ServletException {
		this.context = context;
		this.security = context.getBean("springSecurityFilterChain", Filter.class);
		this.engineRest = context.getBean("jerseyServletRegistration", ServletRegistrationBean.class).getServlet();
		this.engineRest.init(new MockServletConfig(context.getServletContext(), "engine-rest"));
	}

	MockHttpServletResponse get(String path, String user, String password) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", PATH + path);
		request.setServletPath(PATH);
		request.setPathInfo(path);
		request.addHeader(HttpHeaders.ACCEPT, "application/json");
		if (user != null) {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(engineRest, security).doFilter(request, response);
		return response;
	}

}
