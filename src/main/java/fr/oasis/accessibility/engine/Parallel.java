package fr.oasis.accessibility.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task over blocks of {@code 0..n-1} on a few plain threads (one per available core,
 * at most 8). Plain threads rather than parallel streams: a batch run lives about a second and the
 * stream machinery would cost a noticeable part of it to load. Each block is processed by exactly
 * one thread, and everything a block writes is visible to the caller on return (thread join).
 */
final class Parallel {

    /** Work on the range {@code [first, last)}; must only write data owned by that range. */
    interface BlockTask {
        void run(int first, int last);
    }

    private Parallel() {
    }

    static void forEachBlock(int n, int blockSize, BlockTask task) {
        int blocks = (n + blockSize - 1) / blockSize;
        int threads = Math.min(blocks, Math.min(8, Runtime.getRuntime().availableProcessors()));
        if (threads <= 1) {
            task.run(0, n);
            return;
        }
        AtomicInteger nextBlock = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable worker = () -> {
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                task.run(b * blockSize, Math.min(n, (b + 1) * blockSize));
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(worker, "oasis-engine-" + t);
            helpers[t].setUncaughtExceptionHandler((thread, e) -> failure[0] = e);
            helpers[t].start();
        }
        worker.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing", e);
            }
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a worker thread failed", failure[0]);
        }
    }
}
