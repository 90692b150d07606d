package org.enrollflow.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request: the portal's switch ({@code ?lang=en}, kept in a cookie); else, on the
 * portal's pages, Chinese, and for the API the {@code Accept-Language} header its clients send,
 * else Chinese. Only Chinese and English are offered.
 */
@Configuration(proxyBeanMethods = false)
class PortalLocale implements WebMvcConfigurer {

	static final List<Locale> OFFERED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("enrollflow-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/portal/")
				|| request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : offered(request.getLocale()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).addPathPatterns("/portal/**");
	}

	private static Locale offered(Locale requested) {
		return Locale.ENGLISH.getLanguage().equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

}
