package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CommuneShape;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Maps commune contours published for an older COG vintage onto the communes of the current
 * COG.
 * <p>
 * <b>Definition.</b> Every 1st of January some communes merge into a "commune nouvelle"; the
 * absorbed codes disappear from the list of current communes but survive in the new commune's
 * {@code formerCodes} and, usually, as associated or delegated communes pointing to their
 * {@code parentCode}. A shape of code {@code c} goes to:
 * <ol>
 *   <li>{@code c} itself when {@code c} is a current commune (a commune nouvelle often keeps the
 *       code of its chef-lieu, which then also exists as a delegated commune: current wins);</li>
 *   <li>otherwise the current commune listing {@code c} among its {@code formerCodes};</li>
 *   <li>otherwise the parent of the associated or delegated commune {@code c}, followed up to
 *       {@link #MAX_PARENT_HOPS} times in case the parent itself was merged later.</li>
 * </ol>
 * Shapes going to the same current commune are dissolved with {@link CoverageDissolver}.
 * <p>
 * <b>Limits.</b> Only mergers are handled. A commune split in two (rare: "rétablissement") or a
 * boundary moved between two communes cannot be rebuilt from older contours; the split-off
 * commune is then reported as having no shape.
 * <p>
 * Thread-safety: an instance is immutable after construction and may be shared.
 */
public final class VintageReconciler {

    /** Parent links followed at most, enough for a merger of a merger, and a guard against cycles. */
    public static final int MAX_PARENT_HOPS = 4;

    /**
     * Outcome of a reconciliation.
     *
     * @param communes              current commune code to contour (MultiPolygon, WGS84, valid),
     *                              sorted by code
     * @param unmatchedShapeCodes   shape codes that match no current commune, sorted
     * @param communesWithoutShape  current communes that received no shape, sorted
     * @param mergedCommunes        current communes built from two or more shapes
     * @param dissolution           details of the dissolution (overlay fallbacks)
     */
    public record Result(Map<String, MultiPolygon> communes, List<String> unmatchedShapeCodes,
                         List<String> communesWithoutShape, int mergedCommunes,
                         CoverageDissolver.Result dissolution) {
    }

    private final Map<String, String> currentCodeOf;
    private final List<String> currentCodes;

    /** Reconciles {@code shapes} of any older vintage onto {@code currentCog}. */
    public static Result reconcile(List<CommuneShape> shapes, List<CogCommune> currentCog) {
        return new VintageReconciler(currentCog).compute(shapes);
    }

    /** @param currentCog current communes, with their associated and delegated communes */
    public VintageReconciler(List<CogCommune> currentCog) {
        this.currentCodes = currentCog.stream()
                .filter(c -> c.type() == CogCommune.Type.CURRENT).map(CogCommune::code).sorted().toList();
        this.currentCodeOf = buildCodeMap(currentCog);
    }

    /** The current commune a code of any vintage belongs to, or null when unknown. */
    public String currentCodeOf(String code) {
        return currentCodeOf.get(code);
    }

    /** Assigns each shape to its current commune and dissolves communes built from several shapes. */
    public Result compute(List<CommuneShape> shapes) {
        Map<String, Geometry> geometryByShape = new HashMap<>();
        Map<String, List<String>> shapesByCommune = new LinkedHashMap<>();
        TreeSet<String> unmatched = new TreeSet<>();
        for (int i = 0; i < shapes.size(); i++) {
            CommuneShape shape = shapes.get(i);
            String target = currentCodeOf.get(shape.code());
            if (target == null) {
                unmatched.add(shape.code());
                continue;
            }
            // Key by position: a source may repeat a code (one feature per island), and each
            // repeated feature must still be dissolved into the commune.
            String shapeKey = i + ":" + shape.code();
            geometryByShape.put(shapeKey, shape.geometry());
            shapesByCommune.computeIfAbsent(target, k -> new ArrayList<>()).add(shapeKey);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> withoutShape = new ArrayList<>();
        int merged = 0;
        for (String code : currentCodes) {
            List<String> members = shapesByCommune.get(code);
            if (members == null) {
                withoutShape.add(code);
            } else {
                groups.put(code, members);
                merged += members.size() > 1 ? 1 : 0;
            }
        }
        CoverageDissolver.Result dissolution = CoverageDissolver.dissolve(geometryByShape, groups);
        return new Result(dissolution.geometries(), List.copyOf(unmatched), withoutShape, merged, dissolution);
    }

    private static Map<String, String> buildCodeMap(Collection<CogCommune> cog) {
        Map<String, String> map = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (CogCommune commune : cog) {
            if (commune.type() == CogCommune.Type.CURRENT) {
                map.put(commune.code(), commune.code());
            } else if (commune.parentCode() != null) {
                parentOf.put(commune.code(), commune.parentCode());
            }
        }
        for (CogCommune commune : cog) {
            if (commune.type() == CogCommune.Type.CURRENT) {
                for (String former : commune.formerCodes()) {
                    map.putIfAbsent(former, commune.code());
                }
            }
        }
        parentOf.forEach((code, parent) -> {
            String target = parent;
            for (int hop = 0; hop < MAX_PARENT_HOPS && target != null && !map.containsKey(target); hop++) {
                target = parentOf.get(target);
            }
            if (target != null && map.containsKey(target)) {
                map.putIfAbsent(code, map.get(target));
            }
        });
        return Map.copyOf(map);
    }
}
