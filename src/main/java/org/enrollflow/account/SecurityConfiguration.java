package org.enrollflow.account;

import java.time.Clock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain per area: the engine's REST API, the Camunda webapps, the application's API,
 * the parents' portal, the reviewers' pages opened from Tasklist, and a last chain that refuses
 * everything else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(ParentAccountRepository accounts, PasswordEncoder passwords,
			IdentityService identity, LoginThrottle throttle, AccountSettings settings, Clock clock) {
		DaoAuthenticationProvider parents = new DaoAuthenticationProvider(phone -> accounts.findByPhone(phone)
			.map(account -> new ParentLogin(account.id(), account.phone(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such parent")));
		parents.setPasswordEncoder(passwords);
		AccountSettings.Login login = settings.login();
		return new ThrottledLogins(new ProviderManager(parents, new StaffAuthenticationProvider(identity)), throttle,
				new RememberedLogins(login.rememberVerified(), login.rememberVerifiedMax(), clock));
	}

	/** Staff only, and the engine checks its authorizations for the logged-in Camunda user. */
	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, AuthenticationManager logins, SecurityProblems problems,
			IdentityService identity, Callers callers) throws Exception {
		stateless(http.securityMatcher(PATHS.matcher("/engine-rest/**")), logins, problems)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Authorities.STAFF))
			.addFilterAfter(new EngineAuthenticationFilter(identity, callers), AuthorizationFilter.class);
		return http.build();
	}

	/** Cockpit, Tasklist and Admin log users in and protect against CSRF themselves. */
	@Bean
	@Order(2)
	SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(anyOf("/camunda/**", "/lib/**", "/error"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(cache -> cache.requestCache(new NullRequestCache()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager logins, SecurityProblems problems)
			throws Exception {
		stateless(http.securityMatcher(anyOf("/api/**", "/v3/api-docs/**", "/actuator/**")), logins, problems)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PATHS.matcher(HttpMethod.POST, "/api/accounts")).permitAll()
				.requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/campaigns/**")).permitAll()
				.requestMatchers(PATHS.matcher(HttpMethod.GET, "/v3/api-docs/**")).permitAll()
				.requestMatchers(PATHS.matcher(HttpMethod.GET, "/actuator/health/**")).permitAll()
				.requestMatchers(PATHS.matcher("/api/admin/**")).hasRole(Authorities.ADMIN)
				.requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Authorities.ADMIN)
				.anyRequest().authenticated());
		return http.build();
	}

	/**
	 * The parents' portal: a login form and a session, CSRF tokens on every form, and the pages
	 * open to whoever logged in; sign-up, login and the styles are open to all.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationManager logins) throws Exception {
		http.securityMatcher(anyOf("/", "/portal/**"))
			.authenticationManager(logins)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(anyOf("/", "/portal/login", "/portal/signup", "/portal/assets/**")).permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/portal/login")
				.defaultSuccessUrl("/portal/applications", true)
				.failureUrl("/portal/login?error"))
			.logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(policy -> policy
				.policyDirectives("default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * What reviewers open from their Camunda Forms in Tasklist (a case's documents): read-only, for
	 * the staff member logged into the Camunda webapps in the same session.
	 */
	@Bean
	@Order(5)
	SecurityFilterChain reviewerSessionSecurity(HttpSecurity http, SecurityProblems problems, ProcessEngine engine)
			throws Exception {
		http.securityMatcher(PATHS.matcher("/review/**"))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PATHS.matcher(HttpMethod.GET, "/review/**"))
				.hasRole(Authorities.STAFF)
				.anyRequest()
				.denyAll())
			.addFilterBefore(new WebappSessionAuthenticationFilter(engine.getName(), engine.getIdentityService()),
					AuthorizationFilter.class)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.webappLoginRequired())
				.accessDeniedHandler(problems));
		return http.build();
	}

	/** Paths no module has claimed. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain fallbackSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	private static HttpSecurity stateless(HttpSecurity http, AuthenticationManager logins, SecurityProblems problems)
			throws Exception {
		return http.authenticationManager(logins)
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

	private static RequestMatcher anyOf(String... patterns) {
		RequestMatcher[] matchers = new RequestMatcher[patterns.length];
		for (int i = 0; i < patterns.length; i++) {
			matchers[i] = PATHS.matcher(patterns[i]);
		}
		return new OrRequestMatcher(matchers);
	}

}
