package org.redproperty.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.redproperty.audit.AuditLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in and who may do what. Two filter chains: the API and Actuator take HTTP Basic, keep no session and need no
 * CSRF token (a script sends its credentials with every request); the pages take form sign-in with a session and
 * CSRF protection. Who may call what is the table of {@link AccessRules}. Security headers are Spring Security's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration implements WebMvcConfigurer {

	private final AuditLog audit;

	SecurityConfiguration(AuditLog audit) {
		this.audit = audit;
	}

	@Bean
	SecurityProblems securityProblems(ObjectMapper objectMapper) {
		return new SecurityProblems(objectMapper, this.audit);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SecurityProblems problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> {
				AccessRules.RULES.forEach((rule) -> apply(requests.requestMatchers(rule.matcher()), rule));
				requests.anyRequest().denyAll();
			})
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
				.permitAll()
				.requestMatchers("/webjars/**", "/docs/**", "/error")
				.permitAll();
			AccessRules.PAGES.forEach((rule) -> apply(requests.requestMatchers(rule.matcher()), rule));
			requests.anyRequest().denyAll();
		})
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage("/forbidden"));
		return http.build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(this.audit))
			.addPathPatterns("/**")
			.excludePathPatterns("/login", "/logout", "/error", "/forbidden", "/webjars/**", "/css/**", "/js/**");
	}

	private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, AccessRule rule) {
		if (rule.open()) {
			url.permitAll();
		}
		else if (rule.roles().isEmpty()) {
			url.authenticated();
		}
		else {
			url.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
		}
	}

}
