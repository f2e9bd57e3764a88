package fr.oasis.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: its owner, scope, validity and the SHA-256 of its value (hex). */
@Entity
@Table(name = "api_token")
class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;
    @Column(nullable = false)
    private String name;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String hash;
    @Column(name = "token_prefix", nullable = false)
    private String prefix;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(AppUser user, String name, String hash, String prefix, Role role, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.hash = hash;
        this.prefix = prefix;
        this.role = role;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    AppUser user() {
        return user;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }
}
