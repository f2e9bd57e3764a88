package fr.oasis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Two filter chains: the JSON API, the OGC API and the OpenAPI description (session, personal API
 * token or HTTP Basic, 401 when anonymous; {@code /ogc} also sends the Basic challenge that GIS
 * clients such as QGIS answer) and the pages (form login; scripts may use a token or Basic too).
 * CSRF protection stays on in both, except for requests carrying a Bearer token (a browser never
 * adds one by itself). The only anonymous resources are the login page, static assets and the
 * health probes ({@code /actuator/health}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Password sign-ins, throttled per client and account (see {@link LoginAttempts}). */
    @Bean
    AuthenticationProvider throttledPasswords(UserAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
                                              SecurityAudit audit) {
        return new ThrottledAuthenticationProvider(accounts, encoder, attempts, audit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/ogc", "/ogc/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/v3/api-docs.yaml")
                // Personal API tokens (Bearer, or as the Basic password): the fast path for scripts.
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::isBearer))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // Contracts: creating, deleting and naming editors is for ADMINs; changing the
                        // content is checked per contract (its editors) by ContractCatalogue.
                        .requestMatchers(HttpMethod.POST, "/api/contracts").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/contracts/*").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/contracts/*/editors").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/accessibility/scenario")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // Groupings of communes (CPTS, CLS...): VIEWERs read, ANALYSTs and ADMINs change.
                        .requestMatchers(HttpMethod.POST, "/api/groupings").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, "/api/groupings/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/groupings/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // Services beyond practices: VIEWERs read, ANALYSTs and ADMINs change (outreach.OutreachEditor
                        // checks again, and is the check of the pages' forms, with its French page).
                        .requestMatchers(HttpMethod.POST, "/api/services/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, "/api/services/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/services/**").hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        // Prospective scenarios: VIEWERs open saved ones; building, saving, changing and
                        // deleting is for ANALYSTs and ADMINs (the author check is ScenarioCatalogue's).
                        .requestMatchers(HttpMethod.POST, "/api/prospective/scenarios", "/api/prospective/scenarios/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, "/api/prospective/scenarios/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/prospective/scenarios/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .anyRequest().authenticated())
                // 401 through the container's error dispatch, so the body is Oasis's JSON (web.OasisErrorController).
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::unauthorized));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // Scripts download reports (PDF, XLSX) with the same credentials as the API; without
                // credentials a page request still goes to the login form.
                .httpBasic(basic -> basic.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        headers(http);
        return http.build();
    }

    /**
     * Content-Security-Policy: scripts and style sheets from Oasis only (no inline script or style
     * element: the templates keep them in files, and JSON data blocks are not executed); style
     * attributes are allowed ({@code style-src-attr}: bar widths and colours of the report tables,
     * markers the map and chart libraries write), they cannot run code; images also from
     * the base-map tile server (any HTTPS origin, as {@code oasis.map.tile-url} is configurable);
     * Referrer-Policy; HSTS for a year on requests that arrived over HTTPS (directly or, with
     * {@code server.forward-headers-strategy=native}, through a TLS proxy).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(365L * 24 * 3600).includeSubDomains(true)));
    }

    /**
     * 401 through the container's error dispatch, so the body is Oasis's JSON
     * ({@code web.OasisErrorController}); without a challenge for the browser's API calls (no
     * password pop-up), with {@code WWW-Authenticate: Basic realm="Oasis"} under {@code /ogc}, so
     * that GIS clients send their credentials.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws java.io.IOException {
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/ogc")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Oasis\"");
        }
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
