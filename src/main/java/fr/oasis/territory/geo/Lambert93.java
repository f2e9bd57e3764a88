package fr.oasis.territory.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;

/**
 * Conversions between WGS84 longitude/latitude (EPSG:4326, the storage and map CRS) and
 * Lambert-93 (EPSG:2154, the French metric projection IGN publishes in, used for areas).
 * <p>
 * Lambert-93 is conformal, not equal-area; over a commune its scale error is below 0.1 %, which
 * is why areas computed in it are the ones IGN itself publishes.
 * <p>
 * Thread-safety: proj4j transforms keep scratch state, so each call creates its own transform.
 * Creating one is cheap (microseconds) next to transforming a commune polygon.
 */
public final class Lambert93 {
    public static final int SRID = 2154;
    public static final int WGS84_SRID = 4326;

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem L93 = CRS_FACTORY.createFromName("EPSG:2154");
    private static final CoordinateReferenceSystem WGS84 = CRS_FACTORY.createFromName("EPSG:4326");
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

    private Lambert93() {
    }

    /** Returns a copy of a Lambert-93 geometry in WGS84 lon/lat, with SRID 4326. */
    public static Geometry toWgs84(Geometry lambert93) {
        return transform(lambert93, TRANSFORMS.createTransform(L93, WGS84), WGS84_SRID);
    }

    /** Returns a copy of a WGS84 lon/lat geometry in Lambert-93 metres, with SRID 2154. */
    public static Geometry fromWgs84(Geometry wgs84) {
        return transform(wgs84, TRANSFORMS.createTransform(WGS84, L93), SRID);
    }

    /** Area in square kilometres of a WGS84 geometry, measured in Lambert-93. */
    public static double areaKm2(Geometry wgs84) {
        return fromWgs84(wgs84).getArea() / 1.0e6;
    }

    private static Geometry transform(Geometry source, CoordinateTransform transform, int srid) {
        return Projections.transform(source, transform, srid);
    }
}
