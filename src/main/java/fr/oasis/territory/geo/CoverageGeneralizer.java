package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Produces the map-ready version of one level's contours (all communes, or all EPCI, ...) for a
 * {@link ZoomClass}.
 * <p>
 * <b>Definition.</b> The whole coverage is simplified at once with {@link CoverageSimplifier}
 * (Visvalingam-Whyatt on the shared edges), so that two neighbours keep exactly the same
 * simplified border: simplifying each polygon alone would open gaps and overlaps between them.
 * Coordinates are then rounded to the class's decimals vertex by vertex ({@link CoordinateRounder}):
 * a vertex shared by two neighbours is rounded to the same value in both, so shared edges stay
 * shared. Rounding may still make a polygon invalid (a thin neck whose sides round onto each
 * other); the vertices of such a polygon then keep {@value #REFINED_DECIMALS} more decimals, in it
 * <em>and</em> in every neighbour sharing them, because the rounding is a function of the vertex
 * alone. This is repeated up to {@value #MAX_REFINEMENTS} times; a polygon still invalid after
 * that is repaired alone with {@link GeometryFixer}, which may break the coverage there.
 * <p>
 * <b>Limits.</b> Input must be a valid coverage (see {@code CoverageValidator}); gaps and
 * overlaps in the input are kept, not repaired. A repaired polygon may no longer match its
 * neighbours exactly along the repaired part (on Grand Est, refinement leaves none).
 * A commune smaller than a pixel may shrink to a sliver or become empty at REGION zoom: it is
 * kept as an empty MultiPolygon and counted in {@link Result#emptied()}.
 * <p>
 * Thread-safety: an instance is not thread-safe; input geometries are only read.
 */
public final class CoverageGeneralizer {

    /**
     * @param geometries     code to generalized MultiPolygon, in input order
     * @param verticesBefore vertices in the input
     * @param verticesAfter  vertices in the output
     * @param refined        codes whose vertices (and their neighbours' copies) kept finer decimals
     * @param repaired       codes still invalid after refinement, repaired alone (may break the coverage)
     * @param emptied        codes whose polygon vanished at this zoom class
     */
    public record Result(Map<String, MultiPolygon> geometries, int verticesBefore, int verticesAfter,
                         List<String> refined, List<String> repaired, List<String> emptied) {
    }

    /** Extra decimals kept at the vertices of polygons that rounding made invalid. */
    static final int REFINED_DECIMALS = 2;
    /** Refinement rounds before giving up and repairing polygon by polygon. */
    static final int MAX_REFINEMENTS = 3;

    private final Map<String, ? extends Geometry> coverage;

    /** Generalizes one level's coverage for {@code zoomClass}. */
    public static Result generalize(Map<String, ? extends Geometry> coverage, ZoomClass zoomClass) {
        return new CoverageGeneralizer(coverage).compute(zoomClass);
    }

    /** @param coverage one level's contours by code, forming a valid polygonal coverage */
    public CoverageGeneralizer(Map<String, ? extends Geometry> coverage) {
        this.coverage = coverage;
    }

    /** Simplifies and rounds the coverage; see the class comment. */
    public Result compute(ZoomClass zoomClass) {
        return compute(zoomClass.toleranceDegrees(), zoomClass.decimals());
    }

    /**
     * The same with an explicit tolerance and rounding, for views coarser than any stored class
     * (the national map view, built in memory by the map).
     *
     * @param tolerance degrees, {@code >= 0} (0: no simplification)
     * @param decimals  decimals kept in coordinates (degrees)
     */
    public Result compute(double tolerance, int decimals) {
        List<String> codes = new ArrayList<>(coverage.keySet());
        Geometry[] input = new Geometry[codes.size()];
        int before = 0;
        for (int i = 0; i < input.length; i++) {
            input[i] = coverage.get(codes.get(i));
            before += input[i].getNumPoints();
        }
        Geometry[] simplified = tolerance > 0 ? CoverageSimplifier.simplify(input, tolerance) : input;

        CoordinateRounder rounder = new CoordinateRounder(decimals, decimals + REFINED_DECIMALS);
        MultiPolygon[] rounded = new MultiPolygon[simplified.length];
        List<Integer> invalid = roundAll(simplified, rounder, rounded);
        Set<String> refined = new LinkedHashSet<>();
        for (int round = 0; round < MAX_REFINEMENTS && !invalid.isEmpty(); round++) {
            for (int i : invalid) {
                rounder.refine(simplified[i]);
                refined.add(codes.get(i));
            }
            invalid = roundAll(simplified, rounder, rounded);
        }

        Map<String, MultiPolygon> result = new LinkedHashMap<>();
        List<String> repaired = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        int after = 0;
        for (int i = 0; i < rounded.length; i++) {
            String code = codes.get(i);
            MultiPolygon contour = rounded[i];
            if (invalid.contains(i)) {
                contour = MultiPolygons.of(GeometryFixer.fix(contour));
                repaired.add(code);
            }
            contour.setSRID(input[i].getSRID());
            if (contour.isEmpty()) {
                emptied.add(code);
            }
            after += contour.getNumPoints();
            result.put(code, contour);
        }
        return new Result(result, before, after, List.copyOf(refined), repaired, emptied);
    }

    /** Rounds every geometry into {@code rounded}; returns the indices of invalid results. */
    private static List<Integer> roundAll(Geometry[] simplified, CoordinateRounder rounder, MultiPolygon[] rounded) {
        List<Integer> invalid = new ArrayList<>();
        for (int i = 0; i < simplified.length; i++) {
            rounded[i] = rounder.round(simplified[i]);
            if (!rounded[i].isValid()) {
                invalid.add(i);
            }
        }
        return invalid;
    }
}
