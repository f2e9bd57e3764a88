package fr.oasis.territory;

import fr.oasis.provenance.Provenance;
import java.util.List;

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
     * how many they are, and its parents (for aggregation).
     */
    public record CommunePoint(String code, String name, double lon, double lat, int population, String epciCode,
                               String departementCode, String regionCode) {

        /** The code of the territory of {@code level} this commune belongs to (itself for COMMUNE). */
        public String codeAt(TerritoryLevel level) {
            return switch (level) {
                case COMMUNE -> code;
                case EPCI -> epciCode;
                case DEPARTEMENT -> departementCode;
                case REGION -> regionCode;
            };
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
