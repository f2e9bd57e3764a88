package fr.oasis.web;

import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before Spring sees them (an encoded slash or NUL in the path, a
 * character such as {@code <} unencoded in the query, a header or query line too long) are
 * answered like the others ({@link HttpErrors}): JSON under {@code /api/}, a French page
 * elsewhere, instead of Tomcat's HTML report. A request line Tomcat could not read at all (a
 * {@code <} in the query, a line longer than the header limit) has no path, so it gets the page. Installed as the host's error report valve, in
 * place of the one Spring Boot adds, once every customizer has run (at the context's start).
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                install(context.getParent());
            }
        }));
    }

    private static void install(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof org.apache.catalina.core.StandardHost standard) {
            standard.setErrorReportValveClass(Report.class.getName());
        }
        boolean present = java.util.Arrays.stream(host.getPipeline().getValves()).anyMatch(v -> v instanceof Report);
        if (!present) {
            host.getPipeline().addValve(new Report());
        }
    }

    /**
     * The path as far as Tomcat read it: a request line it refused (a {@code <} in the query, a
     * line too long) leaves the servlet request without a URI, but the raw bytes are still there.
     */
    static String path(Request request) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty()) {
            return uri;
        }
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        for (org.apache.tomcat.util.buf.MessageBytes bytes : new org.apache.tomcat.util.buf.MessageBytes[] {
                coyote.requestURI(), coyote.decodedURI()}) {
            if (bytes != null && !bytes.isNull() && !bytes.toString().isEmpty()) {
                return bytes.toString();
            }
        }
        return null;
    }

    /** The valve: same decision as Tomcat's (only error statuses with an empty body), Oasis's bodies. */
    public static final class Report extends ErrorReportValve {
        public Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean api = HttpErrors.isApi(path(request));
            byte[] body = api ? HttpErrors.json(status) : HttpErrors.html(status);
            try {
                response.setContentType(api ? "application/json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response committed: nothing more to say.
            }
        }
    }
}
