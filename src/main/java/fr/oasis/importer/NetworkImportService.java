package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.provenance.DataKind;

import fr.oasis.accessibility.RoadNetworkStore;
import fr.oasis.accessibility.RoadNetworkView;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.network.NetworkFileException;
import fr.oasis.accessibility.network.RoadNetworkFiles;
import fr.oasis.accessibility.network.RoadSpeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Imports one road network vintage: reads it (inside the audit, so a file that cannot be read
 * leaves a FAILED row naming the problem), refuses an empty network, stores the graph in one
 * transaction beside the earlier vintages, then publishes {@code ImportCompleted("network")} so
 * the accessibility indicators are recomputed by road. A failure changes nothing.
 */
@Service
public class NetworkImportService {
    private final RoadNetworkStore store;
    private final StandaloneImport standalone;

    NetworkImportService(RoadNetworkStore store, StandaloneImport standalone) {
        this.store = store;
        this.standalone = standalone;
    }

    /**
     * Reads and imports the network at {@code path}: a folder of Travel Mapping CSV files
     * ({@code tm_graph_nodes.csv}, {@code tm_graph_edges.csv}) or an {@code .osm.pbf} extract.
     */
    public ImportReport importNetwork(Path path, RoadSpeeds speeds, String label, int millesime, String username) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String format = Files.isDirectory(path) ? "travel-mapping-csv"
                : name.toLowerCase(Locale.ROOT).endsWith(".osm.pbf") ? "osm-pbf" : "unknown";
        return importNetwork(() -> RoadNetworkFiles.read(path, speeds),
                new RoadNetworkView.New(label, format, millesime, false), name, username);
    }

    /** Imports a network built in memory (the demonstration roads, tests). */
    public ImportReport importNetwork(RoadNetwork network, RoadNetworkView.New vintage, String username) {
        return importNetwork(() -> network, vintage, vintage.label(), username);
    }

    /**
     * @param reader    reads the network; {@link ImportException} or {@link IllegalArgumentException}
     *                  for bad input (the message names file, line and field)
     * @param fileName  what the source is called in problems when the reader's message names no file
     */
    ImportReport importNetwork(Supplier<RoadNetwork> reader, RoadNetworkView.New vintage, String fileName,
                               String username) {
        return standalone.run(username, "network: " + vintage.label() + " " + vintage.millesime(), DataKind.NETWORK,
                report -> read(reader, fileName, report), (network, report) -> store(network, vintage, report));
    }

    /** Reads the network (no database); refuses one without a road. */
    static RoadNetwork read(Supplier<RoadNetwork> reader, String fileName, ImportReport report) {
        long t0 = System.nanoTime();
        RoadNetwork network = read(reader, fileName);
        report.timing("read network", (System.nanoTime() - t0) / 1_000_000);
        if (network.nodeCount() == 0 || network.arcCount() == 0) {
            throw ImportException.of(fileName, "", "", "the road network has no road (" + network.nodeCount()
                    + " nodes, " + network.arcCount() + " arcs)");
        }
        return network;
    }

    /** Stores the network as a new vintage within the caller's transaction. */
    void store(RoadNetwork network, RoadNetworkView.New vintage, ImportReport report) {
        long t1 = System.nanoTime();
        long id = store.store(vintage, network);
        report.timing("store network", (System.nanoTime() - t1) / 1_000_000);
        report.count("road network id", id);
        report.count("road network nodes", network.nodeCount());
        report.count("road network arcs (one-way)", network.arcCount());
    }

    private static RoadNetwork read(Supplier<RoadNetwork> reader, String fileName) {
        try {
            return reader.get();
        } catch (NetworkFileException e) {
            throw new ImportException(problem(e));
        } catch (IllegalArgumentException e) {
            throw ImportException.of(fileName, "", "", String.valueOf(e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            throw ImportException.of(fileName, "", "", "cannot read: " + e.getMessage());
        }
    }

    /** The reader's located problem, with the file's name only (never a server path). */
    static ImportProblem problem(NetworkFileException e) {
        String message = e.problem();
        Path file = Path.of(e.file()).getFileName();
        return new ImportProblem(file == null ? e.file() : file.toString(), e.line() > 0 ? "line " + e.line() : "",
                e.field() == null ? "" : e.field(), message);
    }
}
