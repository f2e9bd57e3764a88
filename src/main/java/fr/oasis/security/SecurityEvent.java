package fr.oasis.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security audit log. */
@Entity
@Table(name = "security_event")
class SecurityEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String username;
    @Column(name = "event_type", nullable = false)
    private String type;
    private String detail;
    @Column(name = "remote_addr")
    private String remoteAddr;

    protected SecurityEvent() {
    }

    SecurityEvent(String username, String type, String detail, String remoteAddr) {
        this.occurredAt = Instant.now();
        this.username = truncate(username, 100);
        this.type = type;
        this.detail = truncate(detail, 500);
        this.remoteAddr = truncate(remoteAddr, 64);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String username() {
        return username;
    }

    String type() {
        return type;
    }

    String detail() {
        return detail;
    }

    String remoteAddr() {
        return remoteAddr;
    }
}
