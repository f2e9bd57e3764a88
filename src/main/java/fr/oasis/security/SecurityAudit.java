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
 * log), failed attempts in aggregate, lock-outs and account changes, and feeds {@link LoginAttempts}.
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
        attempts.succeeded(remote(event.getAuthentication().getDetails()), event.getAuthentication().getName());
    }

    /**
     * Failed sign-ins are audited in aggregate, so that a flood of guesses cannot flood the log:
     * one row for the first failure of a client on an account within the window, one when the
     * pair, the client or the whole server (flood) is locked, then one at the 10th, 100th, 1000th…
     * attempt of the pair, refused attempts included.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String client = remote(event.getAuthentication().getDetails());
        if (event.getException() instanceof ThrottledAuthenticationProvider.Refused) {
            return; // counted by refused(), called by the provider
        }
        LoginAttempts.Failure failure = attempts.failed(client, username);
        if (failure.pairAttempts() == 1) {
            record(username, "LOGIN_FAILURE", event.getException().getClass().getSimpleName(), client);
        }
        if (failure.pairLocked()) {
            record(username, "ACCOUNT_LOCKED", LoginAttempts.MAX_FAILURES + " échecs en "
                    + LoginAttempts.WINDOW.toMinutes() + " min : compte verrouillé pour ce poste seulement", client);
        } else if (failure.pairAttempts() > 1 && isPowerOfTen(failure.pairAttempts())) {
            record(username, "LOGIN_FAILURES", failure.pairAttempts() + " tentatives en "
                    + LoginAttempts.WINDOW.toMinutes() + " min depuis ce poste", client);
        }
        if (failure.clientLocked()) {
            record(username, "CLIENT_LOCKED", LoginAttempts.MAX_CLIENT_FAILURES + " échecs en "
                    + LoginAttempts.WINDOW.toMinutes() + " min depuis ce poste, tous comptes confondus", client);
        }
        if (failure.floodStarted()) {
            record("*", "LOGIN_FLOOD", "plus de " + LoginAttempts.FLOOD_PER_MINUTE + " échecs en une minute sur le "
                    + "serveur : les postes ayant déjà échoué sont refusés sans vérification", client);
        }
    }

    /** An attempt refused unchecked by {@link ThrottledAuthenticationProvider}: counted, audited in aggregate. */
    void refused(String client, String username) {
        int count = attempts.refused(client, username);
        if (isPowerOfTen(count)) {
            record(username, "LOGIN_FAILURES", count + " tentatives en " + LoginAttempts.WINDOW.toMinutes()
                    + " min depuis ce poste (refusées sans vérification)", client);
        }
    }

    private static boolean isPowerOfTen(int n) {
        while (n >= 10 && n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
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
