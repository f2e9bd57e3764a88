package fr.oasis.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A least-recently-used cache of at most {@code capacity} entries, for results keyed on request
 * parameters (so that no parameter space, however large, can grow memory). Concurrent requests
 * for the same absent key compute it once: the others wait for the first. A computation that
 * fails is not kept, so the next request tries again. Thread-safe.
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final Map<K, CompletableFuture<V>> entries;

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache keeps at least one entry");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
                return size() > BoundedCache.this.capacity;
            }
        };
    }

    /** The value kept for {@code key}, computed by {@code compute} on this thread when absent. */
    public V get(K key, Function<K, V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> kept;
        synchronized (entries) {
            kept = entries.putIfAbsent(key, mine);
        }
        if (kept != null) {
            try {
                return kept.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            V value = compute.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
