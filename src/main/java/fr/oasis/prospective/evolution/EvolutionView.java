package fr.oasis.prospective.evolution;

import fr.oasis.provenance.Provenance;
import java.time.Instant;
import java.util.List;

/** Read models of the evolution module, as the API serialises them. Immutable. */
public final class EvolutionView {
    private EvolutionView() {
    }

    /**
     * A stored practitioner vintage as the page offers it.
     *
     * @param id           the vintage's id (what the API takes as {@code from} and {@code to})
     * @param millesime    the year of the data
     * @param travelModel  how its stored runs were computed, in French ("par la route (réseau …)"),
     *                     null when it has no stored run
     * @param latest       whether it is the latest vintage (the one the indicators show)
     */
    public record Vintage(long id, int millesime, String source, boolean demo, boolean countBased,
                          int practitioners, Instant importedAt, String travelModel, boolean latest) {
    }

    /**
     * One side of a comparison.
     *
     * @param recomputed  true when the APL was computed now with the current model (not stored),
     *                    false when it is the stored run
     * @param travelModel the travel model in French, with the network and its millésime
     * @param computedAt  when the values were computed
     */
    public record Side(long vintageId, int millesime, String source, boolean demo, boolean recomputed,
                       String travelModel, Instant computedAt) {
        Provenance provenance() {
            return new Provenance(source, millesime, demo);
        }
    }

    /**
     * One territory: APL of each side and the difference (after − before), null where a side has
     * no value (a commune created or merged between the two).
     */
    public record Row(String code, String name, int population, Double before, Double after, Double difference) {
    }

    /**
     * The comparison of two vintages.
     *
     * @param unit        the APL unit of both sides
     * @param note        French sentence on how the two sides were obtained (stored runs, or recomputed)
     * @param gains       communes whose APL rose
     * @param losses      communes whose APL fell
     * @param communes    one row per commune, largest loss first
     * @param epci        one row per EPCI: population-weighted means of its communes, largest loss first
     * @param territories the provenance of the commune table (populations, EPCI membership)
     */
    public record Comparison(String profession, String professionLabel, String variant, String unit, Side from,
                             Side to, String note, int gains, int losses, int unchanged, List<Row> communes,
                             List<Row> epci, Provenance territories) {
    }
}
