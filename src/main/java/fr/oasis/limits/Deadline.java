package fr.oasis.limits;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The moment a computation must stop, measured on {@link System#nanoTime()}. Long loops call
 * {@link #check()} (about 20 ns) now and then, or hand {@link #asStopSignal()} to an engine that
 * knows nothing of this package; a passed deadline throws {@link TimeLimitExceeded}. Immutable
 * and thread-safe: the parallel workers of one computation share one deadline.
 */
public final class Deadline {
    private final String what;
    private final Duration limit;
    private final long endNanos;

    private Deadline(String what, Duration limit) {
        this.what = what;
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /** A deadline {@code limit} from now for the computation named {@code what} (French, for the message). */
    public static Deadline in(Duration limit, String what) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + limit);
        }
        return new Deadline(what, limit);
    }

    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** @throws TimeLimitExceeded when the deadline has passed */
    public void check() {
        if (passed()) {
            throw exceeded();
        }
    }

    /** The exception to throw when an engine stopped on {@link #asStopSignal()}. */
    public TimeLimitExceeded exceeded() {
        return new TimeLimitExceeded(what, limit);
    }

    /** True once the deadline has passed: what an engine polls to stop early. */
    public BooleanSupplier asStopSignal() {
        return this::passed;
    }
}
