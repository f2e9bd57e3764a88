package fr.oasis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name
 * within {@link #WINDOW}, the account is locked for the rest of that window (whatever the
 * password). Kept in memory: a restart clears it, which is acceptable for throttling.
 * Thread-safe.
 */
@Component
class LoginAttempts {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            prune(recent);
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
