package fr.oasis.map;

import fr.oasis.provenance.Provenance;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.geo.ZoomClass;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/layers/{level}?zoom=Z&bbox=minLon,minLat,maxLon,maxLat}: the contours of a level
 * as a GeoJSON FeatureCollection, simplified for the zoom, cut to the features whose bounding box
 * meets {@code bbox}. The collection carries its provenance as foreign members.
 */
@RestController
class LayerApiController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private final LayerCache cache;
    private final TerritoryQueries territories;

    LayerApiController(LayerCache cache, TerritoryQueries territories) {
        this.cache = cache;
        this.territories = territories;
    }

    @GetMapping("/api/layers/{level}")
    ResponseEntity<String> layer(@PathVariable String level, @RequestParam(defaultValue = "7") int zoom,
                                 @RequestParam(required = false) String bbox) {
        TerritoryLevel parsed = TerritoryLevel.fromKey(level);
        if (zoom < 0 || zoom > 22) {
            throw new IllegalArgumentException("zoom must be between 0 and 22");
        }
        Envelope window = bbox == null ? null : parseBbox(bbox);
        ZoomClass zoomClass = ZoomClass.forZoom(zoom);
        StringBuilder sb = new StringBuilder(1 << 20);
        sb.append("{\"type\":\"FeatureCollection\",\"level\":\"").append(parsed.key())
                .append("\",\"zoomClass\":\"").append(zoomClass.name()).append('"');
        Provenance provenance = territories.provenance().orElse(null);
        if (provenance != null) {
            sb.append(",\"source\":");
            GeoJsonWriter.string(sb, provenance.source());
            sb.append(",\"millesime\":").append(provenance.millesime()).append(",\"demo\":").append(provenance.demo());
        }
        sb.append(",\"features\":[");
        boolean first = true;
        for (LayerCache.Feature f : cache.features(parsed, zoomClass)) {
            if (window == null || window.intersects(f.envelope())) {
                if (!first) {
                    sb.append(',');
                }
                sb.append(f.json());
                first = false;
            }
        }
        sb.append("]}");
        return ResponseEntity.ok().contentType(GEO_JSON).body(sb.toString());
    }

    static Envelope parseBbox(String bbox) {
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a number: '" + parts[i] + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("bbox values must be finite numbers");
            }
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new IllegalArgumentException("bbox must have min before max");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
