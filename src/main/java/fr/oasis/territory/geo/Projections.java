package fr.oasis.territory.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Any EPSG coordinate system proj4j knows (overseas départements: EPSG:2972 Guyane, 2975 La
 * Réunion, 5490 Antilles, 4471 Mayotte…) to WGS84, and areas measured where the territory lies:
 * Lambert-93 over metropolitan France (the areas IGN publishes, {@link Lambert93}), elsewhere a
 * Lambert azimuthal equal-area projection centred on the geometry (exact areas anywhere, where
 * Lambert-93 would inflate a tropical island's area several times). Thread-safe: each call
 * creates its own transform.
 */
public final class Projections {
    /** Metropolitan France and Corsica, with a margin, in lon/lat. */
    private static final Envelope METROPOLE = new Envelope(-6.0, 10.0, 41.0, 51.6);
    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");

    private Projections() {
    }

    /** True when proj4j has a definition for {@code EPSG:epsg}. */
    public static boolean isKnown(int epsg) {
        try {
            CRS.createFromName("EPSG:" + epsg);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A copy of a geometry of {@code EPSG:epsg} in WGS84 lon/lat (the geometry itself for 4326).
     *
     * @throws IllegalArgumentException when proj4j does not know the code
     */
    public static Geometry toWgs84(Geometry geometry, int epsg) {
        if (epsg == Lambert93.WGS84_SRID) {
            return geometry;
        }
        if (!isKnown(epsg)) {
            throw new IllegalArgumentException("unknown coordinate system EPSG:" + epsg);
        }
        return transform(geometry, TRANSFORMS.createTransform(CRS.createFromName("EPSG:" + epsg), WGS84), 4326);
    }

    /** Area in km² of a WGS84 geometry, in the projection suited to where it lies (see the class comment). */
    public static double areaKm2(Geometry wgs84) {
        Envelope e = wgs84.getEnvelopeInternal();
        if (METROPOLE.contains(e)) {
            return Lambert93.areaKm2(wgs84);
        }
        org.locationtech.jts.geom.Coordinate c = e.centre();
        CoordinateReferenceSystem laea = CRS.createFromParameters("laea", "+proj=laea +lat_0=" + c.y + " +lon_0=" + c.x
                + " +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs");
        return transform(wgs84, TRANSFORMS.createTransform(WGS84, laea), 0).getArea() / 1.0e6;
    }

    static Geometry transform(Geometry source, CoordinateTransform transform, int srid) {
        Geometry copy = source.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new org.locationtech.jts.geom.CoordinateSequenceFilter() {
            @Override
            public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                transform.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(srid);
        return copy;
    }
}
