package fr.oasis.structure;

import fr.oasis.accessibility.NearestFacilities;
import fr.oasis.provenance.Provenance;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;

/**
 * The care-structure indicators of every territory of a level, for the catalogue
 * ({@code /api/indicators}, the filter, the map, the GIS layers):
 * <ul>
 *   <li>{@code count<type>}: structures of the type in the territory (sum over its communes; 0 is
 *       a real zero once the type is imported: the BPE lists every commune holding one);</li>
 *   <li>{@code time<type>}: minutes to the nearest commune holding one, reference point to
 *       reference point, by road or crow-fly as the accessibility indicators
 *       ({@link NearestFacilities}); above the commune level the population-weighted mean of the
 *       communes that reach one.</li>
 * </ul>
 * Levels come from the commune table's parents, so every stored level follows. Thread-safe.
 */
@Service
public class StructureIndicators {
    /** Indicator id prefixes: {@code countmsp}, {@code timeemergency}. */
    public static final String COUNT = "count";
    public static final String TIME = "time";
    private final StructureQueries structures;
    private final TerritoryQueries territories;
    private final Communes communes;

    StructureIndicators(StructureQueries structures, TerritoryQueries territories, Communes communes) {
        this.structures = structures;
        this.territories = territories;
        this.communes = communes;
    }

    /** The type an indicator id names ({@code countmsp} → MSP), or null for another id. */
    public static StructureType typeOf(String id) {
        for (StructureType t : StructureType.values()) {
            if (id.equals(COUNT + t.key()) || id.equals(TIME + t.key())) {
                return t;
            }
        }
        return null;
    }

    /** "Nombre de maisons de santé (MSP)", "Temps d'accès à une MSP par la route (de chef-lieu à chef-lieu)". */
    public static String label(String id, String travelModel) {
        StructureType t = typeOf(id);
        if (id.startsWith(COUNT)) {
            return "Nombre : " + t.pluralLabel().toLowerCase(java.util.Locale.ROOT);
        }
        return "Temps d'accès à " + t.nearestPhrase() + " " + ("road".equals(travelModel) ? "par la route"
                : "à vol d'oiseau") + " (de chef-lieu à chef-lieu)";
    }

    /**
     * @throws IllegalArgumentException for an id that is not a structure indicator
     * @throws NoSuchElementException   when no structure of the type is stored
     */
    public StructureView.Values values(String id, TerritoryLevel level) {
        StructureType type = typeOf(id);
        if (type == null) {
            throw new IllegalArgumentException("not a care structure indicator: '" + id + "'");
        }
        Provenance p = structures.provenance(type).orElseThrow(() -> new NoSuchElementException(
                "no " + type.key() + " care structure imported"));
        List<TerritoryView.Figures> figures = territories.figures(level);
        if (id.startsWith(COUNT)) {
            Map<String, Integer> counts = structures.countsByCommune(type);
            Map<String, Double> sums = new HashMap<>();
            for (TerritoryView.CommunePoint c : communes.table().points()) {
                String group = c.codeAt(level);
                if (group != null) {
                    sums.merge(group, (double) counts.getOrDefault(c.code(), 0), Double::sum);
                }
            }
            return new StructureView.Values(type, label(id, null), "structures", p, null, null, figures.stream()
                    .map(f -> new StructureView.Value(f.code(), f.name(), f.population(),
                            sums.getOrDefault(f.code(), 0.0))).toList());
        }
        NearestFacilities.Times times = structures.minutes(type).orElseThrow();
        Map<String, double[]> weighted = new HashMap<>();
        for (TerritoryView.CommunePoint c : communes.table().points()) {
            Double minutes = times.minutes().get(c.code());
            String group = c.codeAt(level);
            if (minutes != null && group != null) {
                // Weight by population; uninhabited communes count with a tiny weight so a group of them has a mean.
                double w = Math.max(c.population(), 1e-6);
                double[] s = weighted.computeIfAbsent(group, g -> new double[2]);
                s[0] += w * minutes;
                s[1] += w;
            }
        }
        return new StructureView.Values(type, label(id, times.travelModel()), "min", p, times.travelModel(),
                times.network(), figures.stream().map(f -> {
                    double[] s = weighted.get(f.code());
                    return new StructureView.Value(f.code(), f.name(), f.population(),
                            s == null || s[1] <= 0 ? null : s[0] / s[1]);
                }).toList());
    }

    /** The types stored, for the catalogue's definitions. */
    public List<StructureView.TypeSummary> stored() {
        return structures.summary();
    }

    /** The travel model times would use now ({@code road} or {@code crow-fly}), from a stored type. */
    public String travelModel() {
        return structures.summary().stream().findFirst()
                .flatMap(s -> structures.minutes(StructureType.fromKey(s.type())))
                .map(NearestFacilities.Times::travelModel).orElse("crow-fly");
    }
}
