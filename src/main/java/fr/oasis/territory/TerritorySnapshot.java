package fr.oasis.territory;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Everything one territory import stores, replacing what was there before.
 *
 * @param territories  all levels, full-detail geometries
 * @param shapes       map-ready geometries per level and zoom class
 * @param territoryDataset provenance of the territories (COG and contours)
 * @param populations  census population by age, empty when the import had none
 * @param censusDataset provenance of the census, null when {@code populations} is empty
 * @param communeAliases former commune code → current commune code, to re-key older files
 */
public record TerritorySnapshot(List<TerritoryRecord> territories, List<Shape> shapes, DatasetInfo territoryDataset,
                                List<Population> populations, DatasetInfo censusDataset,
                                java.util.Map<String, String> communeAliases) {

    /** A simplified contour for one zoom class. */
    public record Shape(TerritoryLevel level, String code, int zoomClass, MultiPolygon geometry) {
    }

    /** Population of a current commune by the six APL age bands. */
    public record Population(String communeCode, int censusYear, double[] bands) {
    }

    /** Provenance of a family of data. */
    public record DatasetInfo(String kind, String sourceLabel, int vintage, boolean demo, String files) {
    }
}
