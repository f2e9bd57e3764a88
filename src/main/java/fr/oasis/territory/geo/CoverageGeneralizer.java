package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
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
 * shared. Rounding may
 * still make a polygon invalid (two vertices collapsing onto one, a thin spike crossing
 * itself); such polygons alone are repaired with {@link GeometryFixer} and counted.
 * <p>
 * <b>Limits.</b> Input must be a valid coverage (see {@code CoverageValidator}); gaps and
 * overlaps in the input are kept, not repaired. A repaired polygon may no longer match its
 * neighbours exactly along the repaired part (a few metres at most at the class's precision).
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
     * @param repaired       codes whose polygon had to be repaired after rounding
     * @param emptied        codes whose polygon vanished at this zoom class
     */
    public record Result(Map<String, MultiPolygon> geometries, int verticesBefore, int verticesAfter,
                         List<String> repaired, List<String> emptied) {
    }

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
        List<String> codes = new ArrayList<>(coverage.keySet());
        Geometry[] input = new Geometry[codes.size()];
        int before = 0;
        for (int i = 0; i < input.length; i++) {
            input[i] = coverage.get(codes.get(i));
            before += input[i].getNumPoints();
        }
        double tolerance = zoomClass.toleranceDegrees();
        Geometry[] simplified = tolerance > 0 ? CoverageSimplifier.simplify(input, tolerance) : input;
        PrecisionModel grid = new PrecisionModel(Math.pow(10, zoomClass.decimals()));

        Map<String, MultiPolygon> result = new LinkedHashMap<>();
        List<String> repaired = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        int after = 0;
        for (int i = 0; i < simplified.length; i++) {
            String code = codes.get(i);
            MultiPolygon contour = CoordinateRounder.round(simplified[i], grid);
            if (!contour.isValid()) {
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
        return new Result(result, before, after, repaired, emptied);
    }
}
