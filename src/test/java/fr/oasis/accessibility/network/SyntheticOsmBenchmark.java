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
 * <pre>
 *   generate N S FILE     write the grid
 *   read FILE             import it, print seconds, nodes, arcs and heap
 * </pre>
 */
public final class SyntheticOsmBenchmark {

    private static final double STEP = 0.005;
    private static final double LON0 = 5.2;
    private static final double LAT0 = 48.2;

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
        long nextId = (long) n * n + 1;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                osm.node(junction(n, row, col), LON0 + col * STEP, LAT0 + row * STEP);
            }
        }
        long nodes = (long) n * n;
        long wayId = 1;
        for (int row = 0; row < n; row++) {
            long[] refs = new long[n + (n - 1) * shape];
            int k = 0;
            for (int col = 0; col < n; col++) {
                refs[k++] = junction(n, row, col);
                for (int s = 1; col < n - 1 && s <= shape; s++) {
                    osm.node(nextId, LON0 + (col + s / (shape + 1.0)) * STEP, LAT0 + row * STEP);
                    refs[k++] = nextId++;
                    nodes++;
                }
            }
            osm.way(wayId++, refs, row % 10 == 0
                    ? new String[]{"highway", "secondary", "maxspeed", "80"} : new String[]{"highway", "residential"});
        }
        for (int col = 0; col < n; col++) {
            long[] refs = new long[n + (n - 1) * shape];
            int k = 0;
            for (int row = 0; row < n; row++) {
                refs[k++] = junction(n, row, col);
                for (int s = 1; row < n - 1 && s <= shape; s++) {
                    osm.node(nextId, LON0 + col * STEP, LAT0 + (row + s / (shape + 1.0)) * STEP);
                    refs[k++] = nextId++;
                    nodes++;
                }
            }
            String highway = col % 5 == 0 ? "tertiary" : "residential";
            osm.way(wayId++, refs, col % 7 == 0 ? new String[]{"highway", highway, "oneway", "yes"}
                    : new String[]{"highway", highway});
        }
        for (long j = 0; j < (long) n * n; j++) {
            osm.node(nextId++, LON0 + (j % n + 0.3) * STEP, LAT0 + (j / n + 0.3) * STEP, "entrance", "yes");
            nodes++;
        }
        osm.write(file);
        System.out.printf(Locale.ROOT, "generated %s: %d nodes, %d ways, %.1f MB%n", file, nodes, wayId - 1,
                Files.size(file) / 1e6);
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
