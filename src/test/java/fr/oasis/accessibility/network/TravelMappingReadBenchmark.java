package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/network-read-bench.sh}, not a test: reads a Travel Mapping
 * folder with {@link TravelMappingReader} {@code rounds} times after {@code warmup} unmeasured
 * reads (JIT), and prints the median and best wall time and CPU time (this thread's, less disturbed
 * by other processes on a shared machine) of one read.
 * <pre>
 *   FOLDER [warmup rounds]    e.g. ../shared/data/roads-travelmapping-grandest 5 15
 * </pre>
 */
public final class TravelMappingReadBenchmark {

    private TravelMappingReadBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        RoadNetwork network = null;
        for (int k = 0; k < warmup; k++) {
            network = TravelMappingReader.read(folder, RoadSpeeds.DEFAULT);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[rounds];
        double[] cpu = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            network = TravelMappingReader.read(folder, RoadSpeeds.DEFAULT);
            ms[k] = (System.nanoTime() - t0) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "read %s: wall median %.1f ms (best %.1f), CPU median %.1f ms (best %.1f)"
                + " over %d reads after %d warm-up; %d nodes, %d arcs%n", folder.getFileName(), ms[rounds / 2], ms[0],
                cpu[rounds / 2], cpu[0], rounds, warmup, network.nodeCount(), network.arcCount());
    }
}
