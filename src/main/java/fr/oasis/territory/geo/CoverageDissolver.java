package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Dissolves member geometries into one contour per group: communes into EPCI, départements or
 * a région, or former communes into the commune nouvelle that absorbed them.
 * <p>
 * <b>Definition.</b> The contour of a group is the point-set union of its members' geometries.
 * It is computed with {@link CoverageUnion}, which only removes edges shared by two members and
 * is therefore linear in the number of vertices. That shortcut is exact only when the members
 * form a valid coverage (edges matching vertex for vertex, no overlaps). Published contours are
 * often simplified per feature (mapshaper, precision 1e-5°), leaving slivers of overlap, so each
 * coverage union is checked: the result must be valid and its area must equal the sum of the
 * members' areas to within {@link #AREA_TOLERANCE}. Otherwise the group is dissolved again by a
 * full overlay union ({@link UnaryUnionOp}) and counted as a fallback.
 * <p>
 * The check catches overlaps but not gaps (a gap does not change the summed area); gaps between
 * members survive as thin holes or slits, exactly as they are in the source.
 * <p>
 * Results are MultiPolygons, in group order. A member code without a geometry is reported, not
 * silently dropped; a group with no geometry at all gets no entry.
 * <p>
 * Thread-safety: an instance is not thread-safe; the geometries passed in are only read.
 */
public final class CoverageDissolver {

    /** Relative area difference above which a coverage union is considered wrong. */
    public static final double AREA_TOLERANCE = 1.0e-9;

    /** What a dissolution produced, and what it could not do. */
    public record Result(Map<String, MultiPolygon> geometries, Map<String, List<String>> missingMembers,
                         List<String> fallbackGroups) {
        public int fallbackCount() {
            return fallbackGroups.size();
        }
    }

    private final Map<String, ? extends Geometry> memberGeometries;

    /** Dissolves {@code groups} (group code to member codes) over {@code memberGeometries}. */
    public static Result dissolve(Map<String, ? extends Geometry> memberGeometries,
                                  Map<String, ? extends Collection<String>> groups) {
        return new CoverageDissolver(memberGeometries).compute(groups);
    }

    /** @param memberGeometries polygonal geometries by member code */
    public CoverageDissolver(Map<String, ? extends Geometry> memberGeometries) {
        this.memberGeometries = memberGeometries;
    }

    /** Computes one contour per group; see the class comment for the exact rules. */
    public Result compute(Map<String, ? extends Collection<String>> groups) {
        Map<String, MultiPolygon> dissolved = new LinkedHashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        List<String> fallbacks = new ArrayList<>();
        groups.forEach((groupCode, memberCodes) -> {
            List<Geometry> members = new ArrayList<>(memberCodes.size());
            for (String memberCode : memberCodes) {
                Geometry geometry = memberGeometries.get(memberCode);
                if (geometry == null || geometry.isEmpty()) {
                    missing.computeIfAbsent(groupCode, k -> new ArrayList<>()).add(memberCode);
                } else {
                    members.add(geometry);
                }
            }
            if (members.isEmpty()) {
                return;
            }
            Geometry union = coverageUnion(members);
            if (union == null) {
                union = overlayUnion(members);
                fallbacks.add(groupCode);
            }
            MultiPolygon contour = MultiPolygons.of(union);
            contour.setSRID(members.get(0).getSRID());
            dissolved.put(groupCode, contour);
        });
        return new Result(dissolved, missing, fallbacks);
    }

    /** Returns the coverage union, or null when it does not pass the consistency check. */
    private static Geometry coverageUnion(List<Geometry> members) {
        if (members.size() == 1) {
            Geometry single = members.get(0);
            return single.isValid() ? single : null;
        }
        try {
            Geometry union = CoverageUnion.union(members.toArray(new Geometry[0]));
            double expected = 0;
            for (Geometry member : members) {
                expected += member.getArea();
            }
            boolean sameArea = Math.abs(union.getArea() - expected) <= AREA_TOLERANCE * expected;
            return sameArea && union.isValid() ? union : null;
        } catch (TopologyException | IllegalArgumentException e) {
            // CoverageUnion assumes clean input; on a broken coverage it may fail outright.
            return null;
        }
    }

    private static Geometry overlayUnion(List<Geometry> members) {
        List<Geometry> valid = new ArrayList<>(members.size());
        for (Geometry member : members) {
            valid.add(member.isValid() ? member : GeometryFixer.fix(member));
        }
        return UnaryUnionOp.union(valid);
    }
}
