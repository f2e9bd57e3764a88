package fr.oasis.report;

import fr.oasis.provenance.Provenance;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryView;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The commune-level figures every report sums: population, area, census bands and parents of
 * each commune, plus the names of every territory. Immutable once built; read by many requests.
 *
 * @param communes  by code, in code order
 * @param bands     census population per age band (latest census), by commune; absent when not covered
 * @param areas     km², by commune
 * @param names     territory names per level, by code
 * @param territory provenance of the territories (null before any import)
 * @param census    provenance of the census by age (null when none was imported)
 */
record CommuneTable(Map<String, TerritoryView.CommunePoint> communes, Map<String, double[]> bands,
                    Map<String, Double> areas, Map<TerritoryLevel, Map<String, String>> names,
                    Provenance territory, Provenance census) {

    static CommuneTable of(List<TerritoryView.CommunePoint> points, Map<String, double[]> bands,
                           List<TerritoryView.Figures> communeFigures, Map<TerritoryLevel, Map<String, String>> names,
                           Provenance territory, Provenance census) {
        Map<String, TerritoryView.CommunePoint> byCode = new LinkedHashMap<>();
        points.stream().sorted(java.util.Comparator.comparing(TerritoryView.CommunePoint::code))
                .forEach(p -> byCode.put(p.code(), p));
        Map<String, Double> areas = new java.util.HashMap<>();
        communeFigures.forEach(f -> areas.put(f.code(), f.areaKm2()));
        return new CommuneTable(byCode, Map.copyOf(bands), areas, new EnumMap<>(names), territory, census);
    }

    /** The communes of a stored territory, in code order; empty when it has none. */
    Set<String> communesOf(TerritoryLevel level, String code) {
        Set<String> codes = new TreeSet<>();
        for (TerritoryView.CommunePoint c : communes.values()) {
            if (code.equals(c.codeAt(level))) {
                codes.add(c.code());
            }
        }
        return codes;
    }

    String name(TerritoryLevel level, String code) {
        return names.getOrDefault(level, Map.of()).get(code);
    }

    /**
     * The parent of {@code level} holding most of the population of {@code communes} (ties: the
     * smaller code); null when none has one. An EPCI straddling two départements is compared
     * with the one where most of its inhabitants live.
     */
    String mainParent(Collection<String> communeCodes, TerritoryLevel level) {
        return fr.oasis.territory.MainParent.of(communeCodes.stream().map(communes::get)
                .filter(java.util.Objects::nonNull).toList(), level);
    }
}
