package fr.oasis.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.support.UsesH2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the real server (Tomcat included) answers, byte for byte over a socket: one error format
 * for everything, including what Tomcat rejects before Spring, and the security headers and
 * cookie attributes, directly and behind a TLS proxy. No storage involved: embedded database only.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerAnswersTest {
    @LocalServerPort
    int port;

    /** Sends one raw HTTP/1.1 request (so that what HTTP clients refuse to send can be sent) and reads the answer. */
    private String raw(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String status(String answer) {
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    private static String basic() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                "admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatTomcatRejectsBeforeSpringIsAnsweredInOasisShapes() throws IOException {
        String slash = raw("GET /api/territories/commune/a%2Fb HTTP/1.1");
        assertThat(status(slash)).contains(" 400");
        assertThat(body(slash)).contains("\"code\":\"bad_request\"").contains("\"problems\":[]").doesNotContain("Tomcat");

        String nul = raw("GET /reports/a%00b HTTP/1.1");
        assertThat(status(nul)).contains(" 400");
        assertThat(body(nul)).contains("Requête invalide").contains("lang=\"fr\"").doesNotContain("Tomcat");

        // A request line Tomcat cannot read (a "<" unencoded, a line of 100 KB) has no path to tell
        // the API from a page: it gets the French page, never Tomcat's report.
        String lessThan = raw("GET /api/filter?c=density<5 HTTP/1.1");
        assertThat(status(lessThan)).contains(" 400");
        assertThat(body(lessThan)).contains("Requête invalide").doesNotContain("Tomcat");

        String huge = raw("GET /api/filter?c=" + "9".repeat(100_000) + " HTTP/1.1");
        assertThat(status(huge)).contains(" 400");
        assertThat(body(huge)).contains("Requête invalide").doesNotContain("Tomcat");
    }

    @Test
    void springAndSecurityErrorsHaveTheSameShapes() throws IOException {
        String anonymous = raw("GET /api/territories/summary HTTP/1.1");
        assertThat(status(anonymous)).contains(" 401");
        assertThat(body(anonymous)).contains("\"code\":\"unauthorized\"");

        String unknownApi = raw("GET /api/no-such-thing HTTP/1.1", basic());
        assertThat(status(unknownApi)).contains(" 404");
        assertThat(body(unknownApi)).contains("\"code\":\"not_found\"");

        String unknownPage = raw("GET /no-such-page HTTP/1.1", basic());
        assertThat(status(unknownPage)).contains(" 404");
        assertThat(body(unknownPage)).contains("Page introuvable").doesNotContain("Whitelabel").doesNotContain("\"timestamp\"");
    }

    @Test
    void securityHeadersAndCookiesDirectlyAndBehindATlsProxy() throws IOException {
        String direct = raw("GET /login HTTP/1.1");
        assertThat(direct).contains("Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'")
                .doesNotContainPattern("(script-src|style-src) [^;]*unsafe-inline").contains("style-src-attr 'unsafe-inline'")
                .contains("Referrer-Policy: strict-origin-when-cross-origin")
                .doesNotContain("Strict-Transport-Security");
        assertThat(cookie(direct)).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        // A TLS proxy on the loopback says the client came over HTTPS.
        String proxied = raw("GET /login HTTP/1.1", "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.7");
        assertThat(proxied).contains("Strict-Transport-Security: max-age=31536000");
        assertThat(cookie(proxied)).contains("Secure").contains("SameSite=Lax");
    }

    private static String cookie(String answer) {
        return answer.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID", 0, 22)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in\n" + answer));
    }
}
