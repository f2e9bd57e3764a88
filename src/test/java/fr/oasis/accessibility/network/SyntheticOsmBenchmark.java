package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/osm-bench.sh}, not a test: writes a synthetic extract, or
 * reads one with {@link OsmNetworkReader} and prints the time and the heap in use afterwards.
 *
 * <p>The synthetic extract is an {@code n × n} grid of junctions 0.005° apart south-east of
 * Bar-le-Duc, with {@code s} shape points on every road between two junctions (real roads have
 * many more shape points than junctions), rows residential except every 10th (secondary,
 * maxspeed 80), columns residential except every 5th (tertiary), every 7th column one-way, plus
 * one tagged non-road node (a building entrance, say) per junction that the import must skip.
 * Each way spans 10 junctions, so ways average {@code 10 × (s + 1) + 1} nodes.
 * <pre>
 *   generate N S FILE     write the grid
 *   read FILE             import it, print seconds, nodes, arcs and heap
 * </pre>
 */
public final class SyntheticOsmBenchmark {

    private static final double STEP = 0.005;
    private static final double LON0 = 5.2;
    private static final double LAT0 = 48.2;
    /** Real ways are cut at many junctions: here every 10 junctions. */
    private static final int JUNCTIONS_PER_WAY = 10;

    private SyntheticOsmBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("generate")) {
            generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } else if (args.length == 2 && args[0].equals("read")) {
            read(Path.of(args[1]));
        } else {
            System.err.println("usage: generate N S FILE | read FILE");
            System.exit(2);
        }
    }

    private static void generate(int n, int shape, Path file) throws IOException {
        OsmPbfWriter osm = new OsmPbfWriter().timestamp(OsmFixture.TIMESTAMP);
        long[] next = {(long) n * n + 1, 1};
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                osm.node(junction(n, row, col), LON0 + col * STEP, LAT0 + row * STEP);
            }
        }
        for (int line = 0; line < n; line++) {
            String[] rowTags = line % 10 == 0
                    ? new String[]{"highway", "secondary", "maxspeed", "80"} : new String[]{"highway", "residential"};
            String highway = line % 5 == 0 ? "tertiary" : "residential";
            String[] columnTags = line % 7 == 0 ? new String[]{"highway", highway, "oneway", "yes"}
                    : new String[]{"highway", highway};
            for (int from = 0; from < n - 1; from += JUNCTIONS_PER_WAY) {
                int to = Math.min(n - 1, from + JUNCTIONS_PER_WAY);
                road(osm, n, shape, next, line, from, to, true, rowTags);
                road(osm, n, shape, next, line, from, to, false, columnTags);
            }
        }
        long junctions = (long) n * n;
        for (long j = 0; j < junctions; j++) {
            osm.node(next[0]++, LON0 + (j % n + 0.3) * STEP, LAT0 + (j / n + 0.3) * STEP, "entrance", "yes");
        }
        osm.write(file);
        System.out.printf(Locale.ROOT, "generated %s: %d nodes, %d ways, %.1f MB%n", file, next[0] - 1, next[1] - 1,
                Files.size(file) / 1e6);
    }

    /** One way along row (or column) {@code line}, from junction {@code from} to {@code to}. */
    private static void road(OsmPbfWriter osm, int n, int shape, long[] next, int line, int from, int to,
                             boolean alongRow, String[] tags) {
        long[] refs = new long[(to - from) * (shape + 1) + 1];
        int k = 0;
        for (int at = from; at <= to; at++) {
            refs[k++] = alongRow ? junction(n, line, at) : junction(n, at, line);
            for (int s = 1; at < to && s <= shape; s++) {
                double along = (at + s / (shape + 1.0)) * STEP;
                osm.node(next[0], alongRow ? LON0 + along : LON0 + line * STEP,
                        alongRow ? LAT0 + line * STEP : LAT0 + along);
                refs[k++] = next[0]++;
            }
        }
        osm.way(next[1]++, refs, tags);
    }

    private static long junction(int n, int row, int col) {
        return (long) row * n + col + 1;
    }

    private static void read(Path file) {
        long start = System.nanoTime();
        RoadNetwork network = OsmNetworkReader.read(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "read %s in %.2f s: %d nodes, %d arcs; heap in use after GC %.0f MB"
                        + " (the network alone: %.0f MB)%n", file.getFileName(), seconds, network.nodeCount(),
                network.arcCount(), (rt.totalMemory() - rt.freeMemory()) / 1e6,
                (16.0 * network.nodeCount() + 20.0 * network.arcCount()) / 1e6);
    }
}
