package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.oasis.territory.record.ReferencePoint;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Chooses the point where each current commune's residents are taken to live for travel times.
 * <p>
 * <b>Definition.</b> The chef-lieu (town hall) point when the source has one for the commune's
 * code, otherwise an interior point of the contour ({@link InteriorPointArea}: always inside,
 * unlike a centroid, which falls outside a crescent-shaped commune). The chosen point's
 * {@code source} says which: {@link #CHEF_LIEU} or {@link #INTERIOR_POINT}; the chef-lieu keeps
 * the {@code origin} of its source record.
 * <p>
 * A chef-lieu lying outside the commune's contour is kept (the contours are simplified and of
 * an older vintage, so a town hall near the border may fall a few metres outside) but listed in
 * {@link Result#outsideContour()} for review.
 * <p>
 * Thread-safety: an instance is not thread-safe; inputs are only read.
 */
public final class ReferencePoints {

    public static final String CHEF_LIEU = "chef-lieu";
    public static final String INTERIOR_POINT = "interior-point";

    /**
     * @param points         current commune code to its reference point, in contour order
     * @param interiorPoints codes that fell back to an interior point
     * @param outsideContour codes whose chef-lieu is outside the contour
     * @param unplaced       codes with neither a chef-lieu nor a non-empty contour
     */
    public record Result(Map<String, ReferencePoint> points, List<String> interiorPoints,
                         List<String> outsideContour, List<String> unplaced) {
    }

    private final Map<String, ? extends Geometry> contours;

    /** Chooses one reference point per commune of {@code contours}. */
    public static Result choose(Map<String, ? extends Geometry> contours, List<ReferencePoint> chefsLieux) {
        return new ReferencePoints(contours).compute(chefsLieux);
    }

    /** @param contours current commune code to contour (WGS84) */
    public ReferencePoints(Map<String, ? extends Geometry> contours) {
        this.contours = contours;
    }

    /**
     * @param chefsLieux chef-lieu points keyed by current commune code; when a code repeats, the
     *                   first point wins
     */
    public Result compute(List<ReferencePoint> chefsLieux) {
        Map<String, ReferencePoint> byCode = new HashMap<>();
        for (ReferencePoint point : chefsLieux) {
            byCode.putIfAbsent(point.communeCode(), point);
        }
        Map<String, ReferencePoint> chosen = new LinkedHashMap<>();
        List<String> interior = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        contours.forEach((code, contour) -> {
            ReferencePoint chefLieu = byCode.get(code);
            if (chefLieu != null) {
                chosen.put(code, new ReferencePoint(code, chefLieu.lon(), chefLieu.lat(), CHEF_LIEU, chefLieu.origin()));
                if (!contour.covers(contour.getFactory().createPoint(new Coordinate(chefLieu.lon(), chefLieu.lat())))) {
                    outside.add(code);
                }
            } else if (!contour.isEmpty()) {
                Coordinate inside = InteriorPointArea.getInteriorPoint(contour);
                chosen.put(code, new ReferencePoint(code, inside.x, inside.y, INTERIOR_POINT,
                        "interior point of the contour of " + code));
                interior.add(code);
            } else {
                unplaced.add(code);
            }
        });
        return new Result(chosen, interior, outside, unplaced);
    }
}
