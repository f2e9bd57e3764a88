package fr.oasis.gis;

import fr.oasis.territory.geo.Lambert93;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate systems downloads are written in: WGS84 longitude/latitude (EPSG:4326, the
 * default, what GeoJSON readers expect) or Lambert-93 (EPSG:2154, metres, what French GIS teams
 * work in). Stateless.
 */
enum OutputCrs {
    WGS84(4326, "WGS 84", 6, """
            GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
            AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",\
            0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],\
            AUTHORITY["EPSG","4326"]]"""),
    LAMBERT93(2154, "RGF93 v1 / Lambert-93", 2, """
            PROJCS["RGF93 v1 / Lambert-93",GEOGCS["RGF93 v1",DATUM["Reseau_Geodesique_Francais_1993_v1",\
            SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],TOWGS84[0,0,0,0,0,0,0],\
            AUTHORITY["EPSG","6171"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",\
            0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4171"]],\
            PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",46.5],\
            PARAMETER["central_meridian",3],PARAMETER["standard_parallel_1",49],\
            PARAMETER["standard_parallel_2",44],PARAMETER["false_easting",700000],\
            PARAMETER["false_northing",6600000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],\
            AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","2154"]]""");

    private final int epsg;
    private final String name;
    private final int decimals;
    private final String wkt;

    OutputCrs(int epsg, String name, int decimals, String wkt) {
        this.epsg = epsg;
        this.name = name;
        this.decimals = decimals;
        this.wkt = wkt;
    }

    int epsg() {
        return epsg;
    }

    String crsName() {
        return name;
    }

    /** Decimals kept in coordinates: 6 in degrees (≈ 0.1 m), 2 in metres. */
    int decimals() {
        return decimals;
    }

    /** OGC WKT 1 definition, as GeoPackage's {@code gpkg_spatial_ref_sys} stores it. */
    String wkt() {
        return wkt;
    }

    /** A copy of a WGS84 geometry in this CRS (the geometry itself for WGS84). */
    Geometry fromWgs84(Geometry wgs84) {
        return this == WGS84 ? wgs84 : Lambert93.fromWgs84(wgs84);
    }

    /**
     * Parses {@code crs}: {@code EPSG:4326}, {@code 4326}, {@code EPSG:2154}, {@code 2154}, or an
     * OGC URI ({@code http://www.opengis.net/def/crs/EPSG/0/2154}, {@code …/OGC/1.3/CRS84}); null
     * means WGS84.
     *
     * @throws IllegalArgumentException naming {@code crs} and the accepted values
     */
    static OutputCrs parse(String crs) {
        if (crs == null || crs.isBlank()) {
            return WGS84;
        }
        String c = crs.trim().toUpperCase(Locale.ROOT);
        if (c.endsWith("CRS84") || c.matches("(EPSG:|HTTPS?://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/)?4326")) {
            return WGS84;
        }
        if (c.matches("(EPSG:|HTTPS?://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/)?2154")) {
            return LAMBERT93;
        }
        throw new IllegalArgumentException("crs: unsupported coordinate system '" + crs
                + "' (expected EPSG:4326, the default, or EPSG:2154)");
    }
}
