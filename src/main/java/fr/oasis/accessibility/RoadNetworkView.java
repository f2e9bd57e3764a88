package fr.oasis.accessibility;

import fr.oasis.provenance.Provenance;
import java.time.Instant;

/**
 * A stored road network vintage, as {@code GET /api/networks} lists it (the graph itself stays in
 * the database).
 *
 * @param format      where it was read from: {@code travel-mapping-csv}, {@code osm-pbf}, {@code demo}...
 * @param millesime   the year the network describes
 * @param description the source's own account of its roads and speed rules
 */
public record RoadNetworkView(long id, String label, String format, int millesime, String description, boolean demo,
                              int nodes, int arcs, Instant importedAt) {

    public Provenance provenance() {
        return new Provenance(label, millesime, demo);
    }

    /** What an import says about the network vintage it creates. */
    public record New(String label, String format, int millesime, boolean demo) {
    }
}
