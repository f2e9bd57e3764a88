package fr.oasis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with a personal API token ({@link ApiTokens}), sent as
 * {@code Authorization: Bearer oasis_…} or, for clients that only know HTTP Basic (QGIS), as the
 * password of Basic. Runs before the Basic filter, which then sees the request signed in and does
 * not run BCrypt. Nothing is stored in a session. A token that is not valid is answered 401 at
 * once (never tried as a password). Thread-safe.
 */
class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** Whether the request carries a Bearer credential (CSRF does not apply: browsers never add one). */
    static boolean isBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String token = null;
        String username = null;
        if (isBearer(request)) {
            token = header.substring(7).strip();
        } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = decode(header.substring(6).strip());
            int colon = decoded == null ? -1 : decoded.indexOf(':');
            if (colon >= 0 && ApiTokens.looksLikeToken(decoded.substring(colon + 1))) {
                username = decoded.substring(0, colon);
                token = decoded.substring(colon + 1);
            }
        }
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.check(token, username);
        if (holder.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"code\":\"unauthorized\",\"message\":\"jeton d'API inconnu, expiré ou "
                    + "révoqué\",\"problems\":[]}");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + holder.get().role().name()))));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
