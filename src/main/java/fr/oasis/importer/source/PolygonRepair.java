package fr.oasis.importer.source;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Makes a commune polygon valid. Simplified publications (mapshaper, generalised ADMIN EXPRESS)
 * contain a few self-intersecting rings; JTS {@link GeometryFixer} repairs them while keeping
 * the covered area, which is what maps and point-in-polygon lookups need. Stateless.
 */
final class PolygonRepair {
    private PolygonRepair() {
    }

    /**
     * Validates and, if needed, repairs a polygonal geometry; records a warning when repaired and
     * an error (returning null) when it is empty before or after repair.
     */
    static Geometry check(Geometry geometry, Problems problems, String location) {
        if (geometry.isEmpty()) {
            problems.error(location, "geometry", "empty geometry");
            return null;
        }
        if (geometry.isValid()) {
            return geometry;
        }
        Geometry fixed = GeometryFixer.fix(geometry);
        if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
            problems.error(location, "geometry", "invalid polygon that cannot be repaired");
            return null;
        }
        fixed.setSRID(geometry.getSRID());
        problems.warn(location, "geometry", "invalid polygon (e.g. self-intersection) repaired");
        return fixed;
    }
}
