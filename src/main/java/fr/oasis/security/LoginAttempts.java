package fr.oasis.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing without letting anyone lock a real user out. Failures are counted
 * per client address and account together, so that guesses from one machine never lock the
 * account for the others:
 * <ul>
 *   <li>{@value #MAX_FAILURES} failures for one (client, account) pair within {@link #WINDOW} lock
 *       that pair for the rest of the window (even with the right password);</li>
 *   <li>{@value #MAX_CLIENT_FAILURES} failures from one client over any accounts lock the client;</li>
 *   <li>global rate limit: beyond {@value #FLOOD_PER_MINUTE} failures a minute on the whole server
 *       (a distributed attack), clients with a failure in the window are refused without a
 *       password check (BCrypt is the server's most expensive work); clients without failures, the
 *       real users, are still checked.</li>
 * </ul>
 * Refused attempts are not checked, so they cost nothing and extend nothing. At most
 * {@value #MAX_TRACKED} pairs and clients are tracked (the expired ones are dropped first, then
 * arbitrary ones). Kept in memory: a restart clears it, which is acceptable for throttling.
 * Thread-safe.
 */
@Component
class LoginAttempts {
    static final int MAX_FAILURES = 5;
    static final int MAX_CLIENT_FAILURES = 30;
    static final int FLOOD_PER_MINUTE = 60;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    /** What a sign-in attempt may do. */
    enum Verdict { CHECK, PAIR_LOCKED, CLIENT_LOCKED, FLOOD_THROTTLED }

    /** What a failure changed, for the audit: the pair's attempts in the window and what just tripped. */
    record Failure(int pairAttempts, boolean pairLocked, boolean clientLocked, boolean floodStarted) {
    }

    private final Map<String, Deque<Instant>> pairs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> clients = new ConcurrentHashMap<>();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final Deque<Instant> lastMinute = new ArrayDeque<>();
    private final Clock clock;

    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    Verdict verdict(String client, String username) {
        if (count(pairs, pair(client, username), WINDOW) >= MAX_FAILURES) {
            return Verdict.PAIR_LOCKED;
        }
        int fromClient = count(clients, client(client), WINDOW);
        if (fromClient >= MAX_CLIENT_FAILURES) {
            return Verdict.CLIENT_LOCKED;
        }
        if (fromClient > 0 && flooded()) {
            return Verdict.FLOOD_THROTTLED;
        }
        return Verdict.CHECK;
    }

    /** A checked attempt failed. */
    Failure failed(String client, String username) {
        boolean wasFlooded = flooded();
        synchronized (lastMinute) {
            lastMinute.addLast(clock.instant());
            prune(lastMinute, Duration.ofMinutes(1));
        }
        int pairCount = add(pairs, pair(client, username));
        int clientCount = add(clients, client(client));
        return new Failure(pairCount + refused.getOrDefault(pair(client, username), 0),
                pairCount == MAX_FAILURES, clientCount == MAX_CLIENT_FAILURES, !wasFlooded && flooded());
    }

    /** An attempt was refused unchecked; returns the pair's attempts (checked or not) in the window. */
    int refused(String client, String username) {
        String key = pair(client, username);
        int refusedCount = refused.merge(key, 1, Integer::sum);
        if (refused.size() > MAX_TRACKED) {
            refused.keySet().removeIf(k -> !pairs.containsKey(k));
        }
        return refusedCount + count(pairs, key, WINDOW);
    }

    void succeeded(String client, String username) {
        pairs.remove(pair(client, username));
        refused.remove(pair(client, username));
    }

    /** How many (client, account) pairs are tracked: never more than {@value #MAX_TRACKED}. */
    int tracked() {
        return pairs.size();
    }

    boolean flooded() {
        synchronized (lastMinute) {
            prune(lastMinute, Duration.ofMinutes(1));
            return lastMinute.size() >= FLOOD_PER_MINUTE;
        }
    }

    private int add(Map<String, Deque<Instant>> map, String key) {
        if (map.size() >= MAX_TRACKED && !map.containsKey(key)) {
            evict(map);
        }
        Deque<Instant> recent = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
            prune(recent, WINDOW);
            return recent.size();
        }
    }

    private int count(Map<String, Deque<Instant>> map, String key, Duration window) {
        Deque<Instant> recent = map.get(key);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent, window);
            return recent.size();
        }
    }

    /** Drops expired entries, then arbitrary ones, until the map is below its bound. */
    private void evict(Map<String, Deque<Instant>> map) {
        map.keySet().removeIf(key -> count(map, key, WINDOW) == 0);
        Iterator<String> keys = map.keySet().iterator();
        while (map.size() >= MAX_TRACKED && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
        refused.keySet().removeIf(k -> !pairs.containsKey(k));
    }

    private void prune(Deque<Instant> recent, Duration window) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String client(String client) {
        return client == null ? "?" : client;
    }

    private static String pair(String client, String username) {
        return client(client) + " " + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
