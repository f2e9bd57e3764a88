package fr.oasis.territory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.StringJoiner;

/**
 * Wall and CPU time of the successive phases of one piece of work, for the log line a benchmark
 * reads ("load 812 ms (cpu 640), dissolve ..."). CPU is the calling thread's plus what
 * {@link #addWorkerCpu} was given for work run on other threads (parallel phases); on a loaded
 * machine it tells the work done apart from the waiting. Not thread-safe except
 * {@link #addWorkerCpu}, and {@link #workerCpu} which workers call on their own thread.
 */
final class PhaseClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final StringJoiner phases = new StringJoiner(", ");
    private final java.util.concurrent.atomic.AtomicLong workers = new java.util.concurrent.atomic.AtomicLong();
    private final Thread owner = Thread.currentThread();
    private long wall = System.nanoTime();
    private long cpu = cpuNow();
    private long totalWall;
    private long totalCpu;

    /** Ends the current phase under {@code name}. */
    void lap(String name) {
        long nowWall = System.nanoTime();
        long nowCpu = cpuNow() + workers.getAndSet(0);
        long phaseWall = nowWall - wall;
        long phaseCpu = nowCpu - cpu;
        totalWall += phaseWall;
        totalCpu += phaseCpu;
        phases.add(name + " " + phaseWall / 1_000_000 + " ms (cpu " + phaseCpu / 1_000_000 + ")");
        wall = nowWall;
        cpu = cpuNow();
    }

    /** Runs {@code work}, adding its CPU time to the current phase when run on another thread than the owner. */
    <T> T workerCpu(java.util.function.Supplier<T> work) {
        if (Thread.currentThread() == owner) {
            return work.get();
        }
        long start = cpuNow();
        try {
            return work.get();
        } finally {
            workers.addAndGet(cpuNow() - start);
        }
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    @Override
    public String toString() {
        return phases + "; total " + totalWall / 1_000_000 + " ms (cpu " + totalCpu / 1_000_000 + ")";
    }
}
