package fr.oasis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: the fast way for scripts and QGIS to call Oasis. A token is
 * {@value #PREFIX} followed by 256 random bits (base64url); only its SHA-256 is stored, so a
 * check is one hash (about a microsecond) and a map lookup, not BCrypt. It is shown once, at
 * creation. It carries a scope (a role no higher than its owner's) and an expiry of
 * {@value #MIN_DAYS} to {@value #MAX_DAYS} days; a request gets the lesser of the scope and the
 * owner's current role, and nothing once the token is revoked or expired or the owner disabled.
 * <p>
 * Valid tokens are kept in memory for {@link #RECHECK} after a database read (a revocation
 * here takes effect at once; one made by another instance sharing the database, or a change
 * of the account, within that delay). Unknown tokens are never kept, so the cache holds at most
 * the valid tokens ({@value #MAX_PER_USER} per account). Thread-safe.
 */
@Service
public class ApiTokens {
    static final String PREFIX = "oasis_";
    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 365;
    static final int MAX_PER_USER = 20;
    static final Duration RECHECK = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;
    private final Map<String, Valid> valid = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenRepository tokens, AppUserRepository users) {
        this.tokens = tokens;
        this.users = users;
        this.clock = Clock.systemUTC();
    }

    /** A token as its owner's page lists it (never its value). */
    public record TokenView(long id, String name, String prefix, Role role, Instant createdAt, Instant expiresAt,
                            Instant revokedAt, Instant lastUsedAt, boolean active) {
    }

    /** A new token: its value, to be shown once, and its listing. */
    public record Created(String value, TokenView token) {
    }

    /** Who a valid token stands for, and with which role. */
    record Holder(String username, Role role) {
    }

    private record Valid(String username, Role role, Instant expiresAt, long checkedNanos) {
    }

    /** Whether a credential looks like a token (so that a password check must not be tried). */
    static boolean looksLikeToken(String credential) {
        return credential != null && credential.startsWith(PREFIX);
    }

    /**
     * Creates a token for {@code username}.
     *
     * @throws IllegalArgumentException (French) for a scope above the account's role, a validity
     *                                  outside 1..365 days, a name of 1..100 characters, or too many tokens
     */
    @Transactional
    public Created create(String username, String name, Role scope, int days) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NoSuchElementException("no user"));
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new IllegalArgumentException("le nom du jeton doit avoir de 1 à 100 caractères");
        }
        if (scope.ordinal() < user.role().ordinal()) {
            throw new IllegalArgumentException("un jeton ne peut pas avoir plus de droits que son compte ("
                    + user.role() + ")");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("la durée de validité va de " + MIN_DAYS + " à " + MAX_DAYS + " jours");
        }
        long active = tokens.findByUserUsernameOrderByCreatedAtDesc(username).stream()
                .filter(t -> isActive(t, clock.instant())).count();
        if (active >= MAX_PER_USER) {
            throw new IllegalArgumentException("au plus " + MAX_PER_USER + " jetons actifs par compte : "
                    + "révoquez-en un d'abord");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(user, label, sha256(value), value.substring(0, PREFIX.length() + 4),
                scope, now, now.plus(Duration.ofDays(days))));
        return new Created(value, view(token, now));
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(String username) {
        Instant now = clock.instant();
        return tokens.findByUserUsernameOrderByCreatedAtDesc(username).stream().map(t -> view(t, now)).toList();
    }

    /** Revokes one of the user's own tokens; effective at once on this instance. */
    @Transactional
    public void revoke(String username, long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.user().username().equals(username))
                .orElseThrow(() -> new NoSuchElementException("jeton inconnu"));
        if (token.revokedAt() == null) {
            token.revoke(clock.instant());
        }
        valid.clear();
    }

    /** Forgets every token kept in memory (an account was disabled or changed role). */
    void forgetAll() {
        valid.clear();
    }

    /**
     * The holder of a valid token, or empty.
     *
     * @param expectedUsername with HTTP Basic, the user name sent beside the token (must be its
     *                         owner's); null for a Bearer token
     */
    Optional<Holder> check(String value, String expectedUsername) {
        if (!looksLikeToken(value) || value.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(value);
        Valid known = valid.get(hash);
        if (known == null || System.nanoTime() - known.checkedNanos() > RECHECK.toNanos()) {
            known = load(hash);
            if (known == null) {
                valid.remove(hash);
                return Optional.empty();
            }
            valid.put(hash, known);
        }
        if (!clock.instant().isBefore(known.expiresAt())
                || (expectedUsername != null && !expectedUsername.equalsIgnoreCase(known.username()))) {
            return Optional.empty();
        }
        return Optional.of(new Holder(known.username(), known.role()));
    }

    /** Reads a token from the database (and notes its use there, at most once per {@link #RECHECK}). */
    private Valid load(String hash) {
        Instant now = clock.instant();
        return tokens.findByHash(hash).filter(t -> isActive(t, now) && t.user().enabled()).map(t -> {
            t.used(now);
            tokens.save(t);
            Role role = t.role().ordinal() >= t.user().role().ordinal() ? t.role() : t.user().role();
            return new Valid(t.user().username(), role, t.expiresAt(), System.nanoTime());
        }).orElse(null);
    }

    private static boolean isActive(ApiToken t, Instant now) {
        return t.revokedAt() == null && now.isBefore(t.expiresAt());
    }

    private static TokenView view(ApiToken t, Instant now) {
        return new TokenView(t.id(), t.name(), t.prefix(), t.role(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                t.lastUsedAt(), isActive(t, now));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
