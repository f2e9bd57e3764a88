package fr.oasis.importer.source;

import fr.oasis.territory.record.ReferencePoint;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads commune reference points (chef-lieu, i.e. town hall) from a point GeoJSON in WGS84: the
 * comhisto export ({@code cinseea} current code, {@code cinsee0} original code, {@code dlnom},
 * {@code source}) or any file with a plain {@code code} property.
 * <p>
 * A feature with a null geometry (comhisto {@code source = "absent"}, e.g. the Meuse villages
 * destroyed in 1916) is skipped with a warning: such a commune falls back to its polygon centroid
 * downstream. When several points share one current code, one is kept, by this rule:
 * <ol>
 * <li>a point with {@code source = "chef_lieu_carto"} (IGN's own town-hall point) wins;</li>
 * <li>otherwise the point whose {@code cinsee0} equals the current code (the chef-lieu of the
 * commune itself rather than of a commune it absorbed);</li>
 * <li>otherwise the first in file order.</li>
 * </ol>
 * Results are one point per code, in order of first appearance. Immutable and thread-safe.
 */
public final class ChefLieuGeoJsonReader implements SourceReader<ReferencePoint> {
    private final ReadLimits limits;

    public ChefLieuGeoJsonReader() {
        this(ReadLimits.DEFAULT);
    }

    public ChefLieuGeoJsonReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "geojson-chefs-lieux";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "geojson", "json")) {
            return false;
        }
        String head = SourceFiles.headText(file);
        return head.contains("FeatureCollection") && head.contains("\"Point\"")
                && (head.contains("\"cinseea\"") || head.contains("\"code\""));
    }

    @Override
    public ReadResult<ReferencePoint> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        int[] counts = {0, 0}; // features, skipped
        JsonSource.forEachFeature(file, problems, (name, value) -> {
            if ("crs".equals(name)) {
                GeoJsonCrs.check(value, problems);
            }
        }, (feature, number) -> {
            counts[0] = number;
            String location = "feature " + number;
            JsonNode properties = feature.path("properties");
            String field = properties.has("cinseea") ? "cinseea" : "code";
            String code = problems.requiredText(location, field, JsonSource.text(properties, field));
            String source = problems.optionalText(location, "source", JsonSource.text(properties, "source"));
            String original = problems.optionalText(location, "cinsee0", JsonSource.text(properties, "cinsee0"));
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || geometry.isNull()) {
                counts[1]++;
                problems.warn(location, "geometry", "no point for " + code + " (source " + source + "), skipped");
                return;
            }
            Point point;
            try {
                point = GeoJsonGeometry.point(geometry);
            } catch (InvalidGeometryException e) {
                problems.error(location, "geometry", e.getMessage());
                return;
            }
            if (code == null) {
                return;
            }
            Candidate candidate = new Candidate(new ReferencePoint(code, point.getX(), point.getY(),
                    source, problems.file() + "#" + location), rank(code, source, original));
            byCode.merge(code, candidate, (kept, next) -> next.rank < kept.rank ? next : kept);
        });
        List<ReferencePoint> points = new ArrayList<>(byCode.size());
        byCode.values().forEach(c -> points.add(c.point));
        return problems.result(points, counts[0], counts[1], null);
    }

    /** Lower is preferred; see the class comment. */
    private static int rank(String code, String source, String original) {
        if ("chef_lieu_carto".equals(source)) {
            return 0;
        }
        return code.equals(original) ? 1 : 2;
    }

    private record Candidate(ReferencePoint point, int rank) {
    }
}
