package dev.baton.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import dev.baton.identity.Permission;

/**
 * Two doors: the REST API (stateless, bearer tokens, problem+json on refusal) and the web UI
 * (form sign-in with a session, CSRF protection, throttled sign-in attempts).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Authorities authorities) throws Exception {
        http.securityMatcher("/api/v1/**", "/actuator/prometheus")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens, authorities), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/prometheus").hasAuthority(Permission.METRICS_READ.code())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemResponses.write(response, 401, "Unauthorized",
                                    "This request needs an API token: send 'Authorization: Bearer <token>'.");
                        })
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
                                "Your roles do not grant the permission this request needs.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        var remembered = new SavedRequestAwareAuthenticationSuccessHandler();
        remembered.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health", "/actuator/health/**",
                                "/api/docs", "/api/docs/**", "/swagger-ui/**", "/v3/api-docs/**",
                                // calendar feeds are opened by calendar apps; the secret in the URL is the credential
                                "/calendar/**",
                                // unsubscribe links are opened from emails; the signed token in the URL names the person
                                "/unsubscribe/**",
                                // tracked links in emails are followed by anyone who got the email; the token is signed
                                "/r/**").permitAll()
                        .anyRequest().authenticated())
                // mail clients post one-click unsubscribes (RFC 8058) without a session or a CSRF token
                .csrf(c -> c.ignoringRequestMatchers("/unsubscribe/**"))
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .successHandler((request, response, auth) -> {
                            throttle.succeeded(auth.getName());
                            remembered.onAuthenticationSuccess(request, response, auth);
                        })
                        .failureHandler((request, response, ex) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            response.sendRedirect("/login?error");
                        }))
                .logout(l -> l.logoutSuccessUrl("/login?signed-out"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
