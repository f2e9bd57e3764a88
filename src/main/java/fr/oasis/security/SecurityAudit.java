package fr.oasis.security;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sign-ins (form logins; HTTP Basic succeeds on every script request and would drown the
 * log), failed attempts, lock-outs and account changes, and feeds {@link LoginAttempts}.
 */
@Component
public class SecurityAudit {
    private final SecurityEventRepository events;
    private final LoginAttempts attempts;

    SecurityAudit(SecurityEventRepository events, LoginAttempts attempts) {
        this.events = events;
        this.attempts = attempts;
    }

    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), "LOGIN_SUCCESS", null, remote(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        boolean wasLocked = attempts.isLocked(username);
        attempts.failed(username);
        record(username, "LOGIN_FAILURE", event.getException().getClass().getSimpleName(),
                remote(event.getAuthentication().getDetails()));
        if (!wasLocked && attempts.isLocked(username)) {
            record(username, "ACCOUNT_LOCKED", LoginAttempts.MAX_FAILURES + " failures in "
                    + LoginAttempts.WINDOW.toMinutes() + " min", remote(event.getAuthentication().getDetails()));
        }
    }

    /** Records an account change made by an administrator. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String type, String detail, String remoteAddr) {
        events.save(new SecurityEvent(username, type, detail, remoteAddr));
    }

    /** The latest events, newest first. */
    @Transactional(readOnly = true)
    public List<AuditLine> latest() {
        return events.findTop200ByOrderByIdDesc().stream()
                .map(e -> new AuditLine(e.occurredAt(), e.username(), e.type(), e.detail(), e.remoteAddr())).toList();
    }

    /** An audit log line as pages show it. */
    public record AuditLine(java.time.Instant at, String username, String type, String detail, String remoteAddr) {
    }

    static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
