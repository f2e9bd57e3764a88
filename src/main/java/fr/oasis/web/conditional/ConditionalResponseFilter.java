package fr.oasis.web.conditional;

import fr.oasis.encoding.Gzip;
import fr.oasis.limits.BoundedCache;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETags, {@code 304 Not Modified} and kept bodies for the GET families of
 * {@link ResponseFamilies}. Runs after Spring Security (a plain servlet filter of the lowest
 * precedence), so only authenticated callers are answered, and an answer is identified by:
 * the versions of every {@link DataKind} (read through {@link DataVersions}, so an import by any
 * instance changes them), the caller's roles (never shared across roles: what a role may see is
 * part of the key), the path and the parameters, and whether the body is gzipped.
 *
 * <p>A matching {@code If-None-Match} is answered 304 without any work. For the heavy families the
 * first answer of status 200 is kept (gzipped when the client accepts it) in a
 * {@link BoundedCache} of {@code oasis.http-cache.entries} answers (default 64; bodies over 16 MB
 * are not kept); concurrent requests for the same answer wait for one computation. Entries of
 * older versions are never served again (their key holds the old versions) and age out.
 * Responses say {@code Cache-Control: private, no-cache}: browsers keep them for their user only
 * and revalidate each time. Thread-safe.
 */
@Component
class ConditionalResponseFilter extends OncePerRequestFilter {
    static final int MAX_KEPT_BODY = 16 << 20;
    private static final int MIN_GZIP = 1024;
    private final DataVersions versions;
    private final BoundedCache<String, Answer> kept;

    /** An answer as sent: status, the headers that describe the body, and the body bytes. */
    record Answer(int status, String contentType, String contentEncoding, String disposition, byte[] body) {
    }

    /** An answer computed for one request but not kept (not 200, or too large). */
    private static final class NotKept extends RuntimeException {
        final transient Answer answer;

        NotKept(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    ConditionalResponseFilter(DataVersions versions, @Value("${oasis.http-cache.entries:64}") int entries) {
        this.versions = versions;
        this.kept = new BoundedCache<>(entries);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ResponseFamilies.Family family = "GET".equals(request.getMethod())
                ? ResponseFamilies.of(request.getRequestURI().substring(request.getContextPath().length())) : null;
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (family == null || caller == null || !caller.isAuthenticated()
                || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String tag = tag(request, caller, gzip);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            validators(response, tag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (!family.keepBody()) {
            validators(response, tag); // before the body is written; an error answer keeps them, harmlessly
            chain.doFilter(request, response);
            return;
        }
        Answer answer;
        try {
            answer = kept.get(tag, t -> render(request, response, chain, gzip));
        } catch (NotKept e) {
            answer = e.answer;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        }
        send(response, answer, tag);
    }

    /** Runs the request and captures its answer; throws {@link NotKept} for one not to keep. */
    private static Answer render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                 boolean gzip) {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new WrappedServletException(e);
        }
        byte[] body = capture.getContentAsByteArray();
        String encoding = response.getHeader(HttpHeaders.CONTENT_ENCODING);
        int status = capture.getStatus();
        if (status == 200 && gzip && encoding == null && body.length >= MIN_GZIP) {
            body = Gzip.compress(body);
            encoding = "gzip";
        }
        Answer answer = new Answer(status, response.getContentType(), encoding,
                response.getHeader(HttpHeaders.CONTENT_DISPOSITION), body);
        if (status != 200 || body.length > MAX_KEPT_BODY) {
            throw new NotKept(answer);
        }
        return answer;
    }

    private static void send(HttpServletResponse response, Answer answer, String tag) throws IOException {
        response.setStatus(answer.status());
        if (answer.status() == 200) {
            validators(response, tag);
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.contentEncoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, answer.contentEncoding());
        }
        if (answer.disposition() != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, answer.disposition());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** How many answers are kept (all versions together). */
    int keptAnswers() {
        return kept.size();
    }

    private static void validators(HttpServletResponse response, String tag) {
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** A strong tag of the data versions, the caller's roles, the URL and the encoding. */
    private String tag(HttpServletRequest request, Authentication caller, boolean gzip) {
        StringBuilder key = new StringBuilder(256).append(versions.current().stamp(DataKind.values())).append('|');
        caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .forEach(a -> key.append(a).append(','));
        key.append('|').append(request.getRequestURI());
        // The decoded parameters, sorted (not the raw query string: a=1&b=2 and b=2&a=1 are one
        // answer, and parameters given otherwise than in the query still count).
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            key.append('|').append(name.length()).append(':').append(name);
            for (String v : values) {
                key.append('=').append(v.length()).append(':').append(v);
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + (gzip ? "-gz\"" : "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(tag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** Carries a checked servlet exception through the cache's computation. */
    private static final class WrappedServletException extends RuntimeException {
        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }
}
