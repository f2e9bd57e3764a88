package fr.oasis.map;

import fr.oasis.territory.TerritoryView;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.ZoomClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The contours of a level for the national view (web-map zoom {@value #MAX_ZOOM} and below, the
 * whole of France on screen), generalized much harder than the coarsest stored class
 * ({@link ZoomClass#REGION}, made for zoom 7): at zoom 5-6 a commune spans one or two pixels, so
 * the 35,000 communes of France at REGION detail (8 MB of GeoJSON) would send vertices nobody
 * can see.
 * <p>
 * <b>Definition.</b> Built from the REGION shapes (already a valid coverage): the whole coverage
 * is simplified again by {@link CoverageGeneralizer} with a tolerance of one pixel at zoom
 * {@value #MAX_ZOOM} ({@link #TOLERANCE_DEGREES}, about 0.022°, 2 km) and coordinates rounded to
 * {@value #DECIMALS} decimals (0.01°, half a pixel there), so neighbours keep sharing their
 * borders. Then, per territory, the parts (islands) and holes smaller than one pixel in area are
 * dropped, except the largest part, so that no territory vanishes from the choropleth.
 * Dropping a sub-pixel hole lets the surrounding territory cover an enclave smaller than a pixel,
 * which cannot be seen at these zooms anyway.
 * <p>
 * Built once per territory data version by {@link LayerCache}; stateless and thread-safe.
 */
final class NationalShapes {
    /** The most detailed web-map zoom the national shapes are drawn at. */
    static final int MAX_ZOOM = 6;
    /** Class name sent in the layer header (mirrored by {@code zoomClass} in map/layers.js). */
    static final String CLASS_NAME = "NATION";
    /** One pixel at {@link #MAX_ZOOM} with 256-pixel tiles, degrees of longitude. */
    static final double TOLERANCE_DEGREES = 360.0 / (256 * Math.pow(2, MAX_ZOOM));
    /** Decimals of the coordinates (0.01°, about half a pixel at {@link #MAX_ZOOM}). */
    static final int DECIMALS = 2;
    private static final double PIXEL_AREA = TOLERANCE_DEGREES * TOLERANCE_DEGREES;

    private NationalShapes() {
    }

    /** Whether a web-map zoom is drawn with the national shapes. */
    static boolean covers(int zoom) {
        return zoom <= MAX_ZOOM;
    }

    /** The national shapes of a level from its REGION shapes (same order, same labels). */
    static List<TerritoryView.MapShape> of(List<TerritoryView.MapShape> regionShapes) {
        Map<String, MultiPolygon> coverage = new LinkedHashMap<>();
        for (TerritoryView.MapShape shape : regionShapes) {
            coverage.put(shape.code(), shape.geometry());
        }
        Map<String, MultiPolygon> generalized = new CoverageGeneralizer(coverage)
                .compute(TOLERANCE_DEGREES, DECIMALS).geometries();
        List<TerritoryView.MapShape> result = new ArrayList<>(regionShapes.size());
        for (TerritoryView.MapShape shape : regionShapes) {
            MultiPolygon coarse = generalized.get(shape.code());
            // A territory emptied by the simplification keeps its REGION contour: never a hole in the map.
            MultiPolygon kept = coarse == null || coarse.isEmpty() ? shape.geometry() : withoutSubPixelParts(coarse);
            result.add(new TerritoryView.MapShape(shape.code(), shape.name(), shape.population(), kept));
        }
        return result;
    }

    /** The parts and holes of at least one pixel in area; the largest part always. */
    static MultiPolygon withoutSubPixelParts(MultiPolygon geometry) {
        GeometryFactory factory = geometry.getFactory();
        int largest = 0;
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i).getArea() > geometry.getGeometryN(largest).getArea()) {
                largest = i;
            }
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon part = (Polygon) geometry.getGeometryN(i);
            if (i != largest && part.getArea() < PIXEL_AREA) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < part.getNumInteriorRing(); h++) {
                LinearRing hole = part.getInteriorRingN(h);
                if (factory.createPolygon(hole).getArea() >= PIXEL_AREA) {
                    holes.add(hole);
                }
            }
            parts.add(holes.size() == part.getNumInteriorRing() ? part
                    : factory.createPolygon(part.getExteriorRing(), holes.toArray(LinearRing[]::new)));
        }
        MultiPolygon result = factory.createMultiPolygon(parts.toArray(Polygon[]::new));
        result.setSRID(geometry.getSRID());
        return result;
    }
}
