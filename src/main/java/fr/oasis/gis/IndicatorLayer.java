package fr.oasis.gis;

import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The territories of one level with every indicator of the catalogue as attributes: what QGIS
 * loads. Immutable once built; shared by all requests until the next import.
 *
 * @param level    the territory level
 * @param columns  attributes in order: {@code code}, {@code name}, {@code population},
 *                 {@code area_km2}, then the indicators
 * @param features one per territory with a contour, by code
 * @param extent   bounding box of all features (WGS84), empty when there are none
 * @param caption  French provenance of the contours ("Source : …, millésime …")
 */
record IndicatorLayer(TerritoryLevel level, List<LayerColumn> columns, List<Feature> features, Envelope extent,
                      String caption) {

    /**
     * One territory.
     *
     * @param values one per column, in the columns' order: String, Integer or Double; null when missing
     */
    record Feature(String code, Geometry geometry, Envelope envelope, Object[] values) {
    }

    /** The index of each column by name. */
    Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).name(), i);
        }
        return index;
    }

    /**
     * The same layer with only the columns {@code keep} accepts (the four first always stay) and
     * only the features whose code is in {@code codes} (all when null).
     */
    IndicatorLayer select(Predicate<LayerColumn> keep, Set<String> codes) {
        int[] kept = java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> i < IndicatorLayers.BASE_COLUMNS || keep.test(columns.get(i))).toArray();
        List<LayerColumn> selectedColumns = java.util.Arrays.stream(kept).mapToObj(columns::get).toList();
        List<Feature> selected = features.stream().filter(f -> codes == null || codes.contains(f.code()))
                .map(f -> new Feature(f.code(), f.geometry(), f.envelope(),
                        java.util.Arrays.stream(kept).mapToObj(i -> f.values()[i]).toArray()))
                .toList();
        return new IndicatorLayer(level, selectedColumns, selected, extent, caption);
    }
}
