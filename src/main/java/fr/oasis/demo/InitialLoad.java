package fr.oasis.demo;

import org.springframework.stereotype.Component;

/**
 * Whether the portal's start-up work is done: the demonstration territory loaded into an empty
 * database (or found unnecessary). Read by the readiness probe and by every page, which shows
 * "Chargement des données de démonstration…" meanwhile instead of an empty map. Thread-safe
 * (volatile flags, written by the start-up thread only).
 */
@Component("initialLoad")
public class InitialLoad {
    private volatile boolean done;
    private volatile boolean loadingDemo;

    /** True once the start-up load is finished, whether it loaded anything or not. */
    public boolean done() {
        return done;
    }

    /** True while the demonstration territory is being loaded. */
    public boolean loadingDemo() {
        return loadingDemo;
    }

    void demoLoading(boolean loading) {
        this.loadingDemo = loading;
    }

    /** Marks the start-up load finished (called once the first start's work is done). */
    public void finished() {
        this.loadingDemo = false;
        this.done = true;
    }
}
