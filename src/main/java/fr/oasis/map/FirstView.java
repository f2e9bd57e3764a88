package fr.oasis.map;

import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The contours the map page asks first, so they can be built before anyone asks
 * ({@code static/js/map.js}): the départements at zoom {@value #EXTENT_ZOOM} for the extent of the
 * territory ({@code layers.js extent}), then, at the zoom its first view fits that extent to, the
 * default level (communes) with the département and EPCI outlines. The first view's zoom follows
 * Leaflet's {@code fitBounds} (Web Mercator, zoom snapped down to half steps, the legend's
 * {@value #LEGEND_PX} px kept free on the right) for a reference map of {@value #WIDTH_PX} ×
 * {@value #HEIGHT_PX} px (a 1366 × 900 screen less the control panel), then rounded as
 * {@code layers.js} rounds it; another window size may land one zoom off. Stateless.
 */
final class FirstView {
    static final int EXTENT_ZOOM = 6;
    static final int WIDTH_PX = 1000;
    static final int HEIGHT_PX = 800;
    static final int LEGEND_PX = 320;
    static final double MIN_ZOOM = 5;
    static final double MAX_ZOOM = 16;
    /** What {@code refreshGeometry} loads first for the default level, the communes. */
    static final List<TerritoryLevel> LEVELS = List.of(TerritoryLevel.COMMUNE, TerritoryLevel.DEPARTEMENT,
            TerritoryLevel.EPCI);

    private FirstView() {
    }

    /** The whole-number zoom of the first view of {@code extent} (WGS84), {@value #EXTENT_ZOOM} when empty. */
    static int zoom(Envelope extent) {
        if (extent == null || extent.isNull() || extent.getWidth() <= 0 || extent.getHeight() <= 0) {
            return EXTENT_ZOOM;
        }
        double width = extent.getWidth() / 360; // of the world's width in Web Mercator
        double height = mercatorY(extent.getMaxY()) - mercatorY(extent.getMinY());
        double fitted = Math.log(Math.min((WIDTH_PX - 10 - LEGEND_PX) / (256 * width),
                (HEIGHT_PX - 20) / (256 * height))) / Math.log(2);
        double snapped = Math.floor(fitted / 0.5) * 0.5;
        double zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, snapped));
        return (int) Math.floor(zoom + 0.5); // JavaScript's Math.round
    }

    /** Web Mercator y of a latitude, in world heights (0 at the equator). */
    private static double mercatorY(double latitude) {
        double phi = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, latitude)));
        return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
    }
}
