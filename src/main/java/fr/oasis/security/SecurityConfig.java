package fr.oasis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Two filter chains: the JSON API, the OGC API and the OpenAPI description (session or HTTP
 * Basic, 401 when anonymous; {@code /ogc} also sends the Basic challenge that GIS clients such as
 * QGIS answer) and the pages (form login). CSRF protection stays on in both. The only anonymous
 * resources are the login page, static assets and the health probes ({@code /actuator/health}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/ogc", "/ogc/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/v3/api-docs.yaml")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/accessibility/scenario")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::unauthorized));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // Scripts download reports (PDF, XLSX) with the same credentials as the API; without
                // credentials a page request still goes to the login form.
                .httpBasic(basic -> basic.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /**
     * 401 without a challenge for the browser's API calls (no password pop-up), with
     * {@code WWW-Authenticate: Basic realm="Oasis"} under {@code /ogc}, so that GIS clients send
     * their credentials.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) {
        if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/ogc")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Oasis\"");
        }
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
}
