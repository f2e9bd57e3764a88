package fr.oasis.territory.geo;

/**
 * Classes of web-map zoom levels that share one generalized version of the contours.
 * <p>
 * <b>Why these numbers.</b> On a Web-Mercator map with 256-pixel tiles, one pixel at zoom
 * {@code z} spans {@code 360 / (256 * 2^z)} degrees of longitude (about 0.011° at zoom 7,
 * i.e. 820 m at the latitude of Grand Est). Each class serves every zoom up to its
 * {@code maxZoom}, so its simplification tolerance is one pixel at that zoom: a vertex removed
 * there moves the outline by less than a pixel at the most detailed zoom the class is drawn at.
 * Coordinates are then rounded to about a tenth of a pixel at that zoom, which keeps outlines
 * visually exact while cutting GeoJSON text from 15 digits per ordinate to 5–9.
 * <ul>
 *   <li>{@link #REGION}: zoom ≤ 7, a whole région on screen (tolerance ≈ 0.011°, 3 decimals);</li>
 *   <li>{@link #DEPARTEMENT}: zoom ≤ 9, a département (≈ 0.0027°, 4 decimals);</li>
 *   <li>{@link #EPCI}: zoom ≤ 11, an intercommunalité (≈ 0.00069°, 5 decimals);</li>
 *   <li>{@link #DETAIL}: deeper zooms and exports, no simplification, 6 decimals (≈ 0.1 m),
 *       already finer than the 1e-5° of the simplified published contours.</li>
 * </ul>
 * Measured on the 5,115 Grand Est communes (france-geojson, already simplified by mapshaper to
 * 274,000 vertices): REGION keeps 42,000 vertices (GeoJSON 1.1 MB, 172 kB gzipped), DEPARTEMENT
 * 113,000 (2.4 MB), and EPCI removes almost nothing, since that source is already coarser than a
 * pixel at zoom 11; it matters for full-resolution sources such as IGN ADMIN EXPRESS.
 */
public enum ZoomClass {
    REGION(7, 3),
    DEPARTEMENT(9, 4),
    EPCI(11, 5),
    DETAIL(Integer.MAX_VALUE, 6);

    private static final double TILE_PIXELS = 256;

    private final int maxZoom;
    private final int decimals;

    ZoomClass(int maxZoom, int decimals) {
        this.maxZoom = maxZoom;
        this.decimals = decimals;
    }

    /** The most detailed web-map zoom this class is drawn at ({@link Integer#MAX_VALUE} for DETAIL). */
    public int maxZoom() {
        return maxZoom;
    }

    /** Decimals kept in coordinates (degrees). */
    public int decimals() {
        return decimals;
    }

    /** Simplification tolerance in degrees: one pixel at {@link #maxZoom()}; 0 for DETAIL. */
    public double toleranceDegrees() {
        return this == DETAIL ? 0 : 360.0 / (TILE_PIXELS * Math.pow(2, maxZoom));
    }

    /** The class to draw at a web-map zoom level. */
    public static ZoomClass forZoom(int zoom) {
        for (ZoomClass zoomClass : values()) {
            if (zoom <= zoomClass.maxZoom) {
                return zoomClass;
            }
        }
        return DETAIL;
    }
}
