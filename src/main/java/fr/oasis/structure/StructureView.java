package fr.oasis.structure;

import fr.oasis.provenance.Provenance;
import java.util.List;

/** Read models of the care structures, as the API serialises them. */
public final class StructureView {
    private StructureView() {
    }

    /**
     * What is stored of one type.
     *
     * @param total     structures (sum of the BPE counts, or FINESS establishments)
     * @param communes  communes holding at least one
     * @param located   how positions are given: {@code commune-point} (BPE: counted per commune and drawn
     *                  at its reference point) or {@code own-point} (FINESS coordinates)
     */
    public record TypeSummary(String type, String label, String symbol, long total, int communes, String located,
                              String source, int millesime, boolean demo) {
    }

    /** One territory's figure: a count, or minutes (null when no structure can be reached). */
    public record Value(String code, String name, Integer population, Double value) {
    }

    /**
     * One indicator of one type over the territories of a level.
     *
     * @param travelModel for times, {@code road} or {@code crow-fly}; null for counts
     * @param network     for times by road, the network's provenance; else null
     */
    public record Values(StructureType type, String label, String unit, Provenance provenance, String travelModel,
                         Provenance network, List<Value> values) {
    }
}
