package fr.oasis.territory;

import fr.oasis.provenance.Provenance;
import java.util.List;
import java.util.Map;

/** Read models of the territory module, as the API serialises them. */
public final class TerritoryView {
    private TerritoryView() {
    }

    /** A territory named in a list. */
    public record Item(String level, String code, String name, Integer population) {
    }

    /** One territory with its parents, children and population. */
    public record Detail(String level, String code, String name, Integer population, Double areaKm2,
                         double[] referencePoint, String referencePointSource, List<Item> parents,
                         List<Item> children, AgeStructure ageStructure, Provenance provenance) {
    }

    /** A contour to draw, with what a map label or tooltip needs. */
    public record MapShape(String code, String name, Integer population, org.locationtech.jts.geom.MultiPolygon geometry) {
    }

    /**
     * A commune as the accessibility computation sees it: where its residents are taken to live,
     * how many they are, its parents (for aggregation) and the groupings it belongs to (codes per
     * grouping level, in code order; absent when none).
     */
    public record CommunePoint(String code, String name, double lon, double lat, int population, String epciCode,
                               String departementCode, String regionCode, Map<TerritoryLevel, List<String>> groups) {

        public CommunePoint {
            groups = groups == null || groups.isEmpty() ? Map.of() : Map.copyOf(groups);
        }

        /** A commune that belongs to no grouping. */
        public CommunePoint(String code, String name, double lon, double lat, int population, String epciCode,
                            String departementCode, String regionCode) {
            this(code, name, lon, lat, population, epciCode, departementCode, regionCode, Map.of());
        }

        /**
         * The code of the territory of {@code level} this commune belongs to (itself for COMMUNE);
         * for an overlapping grouping level, the first of its groups (use {@link #codesAt}).
         */
        public String codeAt(TerritoryLevel level) {
            return switch (level) {
                case COMMUNE -> code;
                case EPCI -> epciCode;
                case DEPARTEMENT -> departementCode;
                case REGION -> regionCode;
                default -> {
                    List<String> codes = groups.get(level);
                    yield codes == null || codes.isEmpty() ? null : codes.get(0);
                }
            };
        }

        /** Every territory of {@code level} this commune belongs to: none, one, or several for overlapping groupings. */
        public List<String> codesAt(TerritoryLevel level) {
            if (level.grouping()) {
                return groups.getOrDefault(level, List.of());
            }
            String c = codeAt(level);
            return c == null ? List.of() : List.of(c);
        }

        /** This commune with other groupings. */
        public CommunePoint withGroups(Map<TerritoryLevel, List<String>> newGroups) {
            return new CommunePoint(code, name, lon, lat, population, epciCode, departementCode, regionCode, newGroups);
        }
    }

    /** The basic figures of a territory: population (null when unknown) and area. */
    public record Figures(String code, String name, Integer population, Double areaKm2) {
    }

    /** Census population by the six APL age bands, summed over the territory's communes. */
    public record AgeStructure(int censusYear, List<String> bands, double[] population, int communesCovered,
                               int communesTotal, Provenance provenance) {
    }
}
