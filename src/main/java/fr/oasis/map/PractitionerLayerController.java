package fr.oasis.map;

import fr.oasis.practitioner.Profession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/practitioners?profession=MG,CD&ageClass=...&zoom=Z&bbox=...}: practitioners as
 * GeoJSON points. Below zoom {@value #DETAIL_ZOOM} they are grouped server-side in a grid of about
 * {@value #CLUSTER_PIXELS} pixels (property {@code count}), so a région-wide request stays small.
 */
@RestController
class PractitionerLayerController {
    static final int DETAIL_ZOOM = 11;
    static final int CLUSTER_PIXELS = 60;
    private final PractitionerPoints points;

    PractitionerLayerController(PractitionerPoints points) {
        this.points = points;
    }

    @GetMapping("/api/practitioners")
    ResponseEntity<String> practitioners(@RequestParam(defaultValue = "MG") String profession,
                                         @RequestParam(required = false) String ageClass,
                                         @RequestParam(defaultValue = "7") int zoom,
                                         @RequestParam(required = false) String bbox) {
        if (zoom < 0 || zoom > 22) {
            throw new IllegalArgumentException("zoom must be between 0 and 22");
        }
        Set<String> professions = java.util.Arrays.stream(profession.split(","))
                .map(k -> Profession.fromKey(k.trim()).key()).collect(Collectors.toSet());
        PractitionerPoints.Snapshot snapshot = points.snapshot();
        if (snapshot == null) {
            throw new NoSuchElementException("no practitioner data imported yet");
        }
        Envelope window = bbox == null ? null : BoundingBox.parse(bbox);
        List<PractitionerPoints.Point> selected = snapshot.points().stream()
                .filter(p -> professions.contains(p.profession()))
                .filter(p -> ageClass == null || ageClass.equals(p.ageClass()))
                .filter(p -> window == null || window.contains(p.lon(), p.lat())).toList();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("{\"type\":\"FeatureCollection\",\"source\":");
        GeoJsonWriter.string(sb, snapshot.vintage().sourceLabel());
        sb.append(",\"millesime\":").append(snapshot.vintage().vintage())
                .append(",\"demo\":").append(snapshot.vintage().demo())
                .append(",\"countBased\":").append(snapshot.vintage().countBased())
                .append(",\"clustered\":").append(zoom < DETAIL_ZOOM).append(",\"features\":[");
        if (zoom < DETAIL_ZOOM) {
            clusters(sb, selected, zoom);
        } else {
            individuals(sb, selected);
        }
        return ResponseEntity.ok().contentType(LayerApiController.GEO_JSON).body(sb.append("]}").toString());
    }

    private static void individuals(StringBuilder sb, List<PractitionerPoints.Point> selected) {
        GeoJsonWriter coordinates = new GeoJsonWriter(sb, 5);
        for (int i = 0; i < selected.size(); i++) {
            PractitionerPoints.Point p = selected.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"profession\":");
            GeoJsonWriter.string(sb, Profession.fromKey(p.profession()).label());
            sb.append(",\"communeCode\":");
            GeoJsonWriter.string(sb, p.communeCode());
            sb.append(",\"communeName\":");
            GeoJsonWriter.string(sb, p.communeName());
            sb.append(",\"ageClass\":");
            if (p.ageClass() == null) {
                sb.append("null");
            } else {
                GeoJsonWriter.string(sb, p.ageClass());
            }
            sb.append(",\"atCommunePoint\":").append(p.countBased()).append("},\"geometry\":");
            coordinates.point(p.lon(), p.lat());
            sb.append('}');
        }
    }

    /** Grid clusters: each drawn at the mean position of its members. */
    private static void clusters(StringBuilder sb, List<PractitionerPoints.Point> selected, int zoom) {
        double cell = 360.0 / (256 * Math.pow(2, zoom)) * CLUSTER_PIXELS;
        Map<Long, double[]> cells = new LinkedHashMap<>();
        for (PractitionerPoints.Point p : selected) {
            long key = (long) Math.floor(p.lon() / cell) * 1_000_003L + (long) Math.floor(p.lat() / cell);
            double[] sum = cells.computeIfAbsent(key, k -> new double[3]);
            sum[0] += p.lon();
            sum[1] += p.lat();
            sum[2]++;
        }
        GeoJsonWriter coordinates = new GeoJsonWriter(sb, 4);
        boolean first = true;
        for (double[] c : cells.values()) {
            sb.append(first ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"count\":")
                    .append((long) c[2]).append("},\"geometry\":");
            coordinates.point(c[0] / c[2], c[1] / c[2]);
            sb.append('}');
            first = false;
        }
    }
}
